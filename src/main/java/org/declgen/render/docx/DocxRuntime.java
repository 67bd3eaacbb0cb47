package org.declgen.render.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.declgen.render.docx.pages.PageFlow;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.TemplateRuntime;
import org.declgen.template.docx.layout.BlockPlace;

/**
 * The docx writer's side of a render: values as Word paragraphs, the state of grouped vertical
 * merges, and — when the template decides its pages — the page flow that measures and places what
 * is printed. One instance per render; not shared between threads.
 */
final class DocxRuntime implements TemplateRuntime {
  /** Per table: the merge keys of the last row printed, by grid column. */
  private final Map<Integer, Map<Integer, String>> lastKeys = new HashMap<>();

  private final PageFlow pages;
  private final TextHeight height = new TextHeight();

  /** A runtime for a template that leaves pages to the office suite. */
  DocxRuntime() {
    this(null);
  }

  /** A runtime that decides pages with {@code pages}, or leaves them to the suite when null. */
  DocxRuntime(PageFlow pages) {
    this.pages = pages;
  }

  @Override
  public String paragraphs(String text, boolean richText, BlockStyle style) {
    BlockPlace place = pages == null ? null : style.place();
    if (place == null) {
      return richText
          ? MarkdownLightParagraphs.render(text, style)
          : PlainTextParagraphs.render(text, style);
    }
    height.at(place);
    String xml =
        richText
            ? MarkdownLightParagraphs.render(text, style, height)
            : PlainTextParagraphs.render(text, style, height);
    pages.printed(place, height.total(), richText);
    return xml;
  }

  @Override
  public void tableStart(int table) {
    lastKeys.remove(table);
    if (pages != null) {
      pages.tableStart(table);
    }
  }

  @Override
  public void tableEnd(int table) {
    if (pages != null) {
      pages.tableEnd(table);
    }
  }

  @Override
  public void rowEnd(int table, int row) {
    if (pages != null) {
      pages.rowEnd(table, row);
    }
  }

  @Override
  public void paragraphEnd(int paragraph) {
    if (pages != null) {
      pages.paragraphEnd(paragraph);
    }
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
    if (pages != null) {
      pages.groupedMerges(table, columns, restarts);
    }
    return restarts;
  }
}
