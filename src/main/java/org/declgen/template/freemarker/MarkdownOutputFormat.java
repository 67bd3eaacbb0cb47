package org.declgen.template.freemarker;

/**
 * Review Markdown: a value must stay inside its table cell and its line, so {@code |} is escaped
 * and line breaks become {@code <br>}. Nothing else is touched, so the text reads as typed.
 */
public final class MarkdownOutputFormat extends EscapingOutputFormat {
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public String escapePlainText(String text) {
    if (text.indexOf('|') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace("|", "\\|").replace("\n", "<br>");
  }
}
