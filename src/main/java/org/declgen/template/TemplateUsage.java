package org.declgen.template;

import java.util.List;

/** What a template uses: every piece of markup typed in it, with where it was typed. */
public record TemplateUsage(List<Entry> entries) {
  /** One piece of markup and its place, in the document's words. */
  public record Entry(String markup, String where) {}

  public TemplateUsage {
    entries = List.copyOf(entries);
  }
}
