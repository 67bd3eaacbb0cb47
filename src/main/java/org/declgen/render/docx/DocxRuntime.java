package org.declgen.render.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.TemplateRuntime;

/**
 * The docx writer's side of a render: values as Word paragraphs, and the state of grouped vertical
 * merges. One instance per render; not shared between threads.
 */
final class DocxRuntime implements TemplateRuntime {
  /** Per table: the merge keys of the last row printed, by grid column. */
  private final Map<Integer, Map<Integer, String>> lastKeys = new HashMap<>();

  @Override
  public String paragraphs(String text, boolean richText, BlockStyle style) {
    return richText
        ? MarkdownLightParagraphs.render(text, style)
        : PlainTextParagraphs.render(text, style);
  }

  @Override
  public void tableStart(int table) {
    lastKeys.remove(table);
  }

  /**
   * A merge cell continues the one above while its key is unchanged and every merge cell to its
   * left continues too, so a 二级 group never runs across two 一级 groups.
   */
  @Override
  public boolean[] mergeRow(int table, int[] columns, List<String> keys) {
    Map<Integer, String> previous = lastKeys.getOrDefault(table, Map.of());
    Map<Integer, String> current = new HashMap<>();
    boolean[] restarts = new boolean[columns.length];
    boolean restartRest = false;
    for (int i = 0; i < columns.length; i++) {
      String key = keys.get(i);
      restartRest |= !Objects.equals(previous.get(columns[i]), key);
      restarts[i] = restartRest;
      current.put(columns[i], key);
    }
    lastKeys.put(table, current);
    return restarts;
  }
}
