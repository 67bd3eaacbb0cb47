package org.declgen.template;

import java.util.List;

/**
 * What a template uses: every piece of markup typed in it, with where it was typed, and the
 * view paths it reads ({@code 预算整体情况.收入来源.财政拨款}, {@code 年度重点工作任务[].名称}).
 */
public record TemplateUsage(List<Entry> entries, java.util.Set<String> usedPaths) {
  /** One piece of markup and its place, in the document's words. */
  public record Entry(String markup, String where) {}

  public TemplateUsage {
    entries = List.copyOf(entries);
    usedPaths = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(usedPaths));
  }
}
