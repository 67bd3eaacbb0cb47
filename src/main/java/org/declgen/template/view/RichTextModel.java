package org.declgen.template.view;

import freemarker.template.TemplateScalarModel;

/**
 * A long text field (总体绩效目标, 主要实施内容, …), which may use Markdown-light: paragraphs, line breaks,
 * lists, bold. A paragraph holding only such a value renders it as Word paragraphs.
 */
public final class RichTextModel implements TemplateScalarModel {
  private final String text;

  public RichTextModel(String text) {
    this.text = text == null ? "" : text;
  }

  @Override
  public String getAsString() {
    return text;
  }
}
