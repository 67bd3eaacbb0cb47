package org.declgen.template.freemarker;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.core.XMLOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * WordprocessingML text: a value typed among other text of a paragraph ({@code 目标：${总体绩效目标}}) is
 * escaped for XML, and its line breaks and tabs become Word's own ({@code w:br}, {@code w:tab})
 * within the run it is printed in — a line break inside {@code w:t} is only a space to Word.
 */
public final class WordTextOutputFormat
    extends CommonMarkupOutputFormat<WordTextOutputFormat.Output> {
  public static final WordTextOutputFormat INSTANCE = new WordTextOutputFormat();

  private static final String TEXT_AGAIN = "<w:t xml:space=\"preserve\">";

  /** WordprocessingML that is already safe to print. */
  public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
    Output(String plain, String markup) {
      super(plain, markup);
    }

    @Override
    public WordTextOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }

  private WordTextOutputFormat() {}

  @Override
  public String getName() {
    return "WordprocessingML";
  }

  @Override
  public String getMimeType() {
    return "application/xml";
  }

  @Override
  public void output(String text, Writer out) throws IOException {
    out.write(escapePlainText(text));
  }

  @Override
  public String escapePlainText(String text) {
    String escaped = XMLOutputFormat.INSTANCE.escapePlainText(text);
    if (escaped.indexOf('\n') < 0 && escaped.indexOf('\r') < 0 && escaped.indexOf('\t') < 0) {
      return escaped;
    }
    return escaped
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace("\n", "</w:t><w:br/>" + TEXT_AGAIN)
        .replace("\t", "</w:t><w:tab/>" + TEXT_AGAIN);
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
