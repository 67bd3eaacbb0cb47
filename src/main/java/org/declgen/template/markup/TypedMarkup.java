package org.declgen.template.markup;

/**
 * One piece of FreeMarker markup as a person typed it into a template, and where they typed it in
 * their own words ({@code 第 1 个表格「绩效指标」第 3 行第 2 列}, {@code 第 12 行}).
 */
public record TypedMarkup(MarkupToken token, String where) {
  /** The markup as typed (typographic quotes turned back into ASCII ones). */
  public String text() {
    return token.text();
  }
}
