package org.declgen.template.docx;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a template uses: every piece of markup typed in it, with where it was typed, and the view
 * paths it reads ({@code 预算整体情况.收入来源.财政拨款}, {@code 年度重点工作任务[].名称}).
 */
public record TemplateUsage(List<Entry> entries, Set<String> usedPaths) {
  /** One piece of markup and its place, in the document's words. */
  public record Entry(String markup, String where) {}

  public TemplateUsage {
    entries = List.copyOf(entries);
    usedPaths = Collections.unmodifiableSet(new LinkedHashSet<>(usedPaths));
  }

  /** The same markup, reading the given view paths. */
  public TemplateUsage withUsedPaths(Set<String> paths) {
    return new TemplateUsage(entries, paths);
  }
}
