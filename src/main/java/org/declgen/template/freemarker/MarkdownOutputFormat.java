package org.declgen.template.freemarker;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Review Markdown: a value must stay inside its table cell and its line, so {@code |} is escaped
 * and line breaks become {@code <br>}. Nothing else is touched, so the text reads as typed.
 */
public final class MarkdownOutputFormat
    extends CommonMarkupOutputFormat<MarkdownOutputFormat.Output> {
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  /** Markdown text that is already safe to print. */
  public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
    Output(String plain, String markup) {
      super(plain, markup);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }

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
  public void output(String text, Writer out) throws IOException {
    out.write(escapePlainText(text));
  }

  @Override
  public String escapePlainText(String text) {
    if (text.indexOf('|') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace("|", "\\|").replace("\n", "<br>");
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Output newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Output(plainTextContent, markupContent);
  }
}
