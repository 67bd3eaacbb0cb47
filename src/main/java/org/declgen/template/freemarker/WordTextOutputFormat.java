package org.declgen.template.freemarker;

import freemarker.core.XMLOutputFormat;

/**
 * WordprocessingML text: a value typed among other text of a paragraph ({@code 目标：${总体绩效目标}}) is
 * escaped for XML, and its line breaks and tabs become Word's own ({@code w:br}, {@code w:tab})
 * within the run it is printed in — a line break inside {@code w:t} is only a space to Word.
 */
public final class WordTextOutputFormat extends EscapingOutputFormat {
  public static final WordTextOutputFormat INSTANCE = new WordTextOutputFormat();

  private static final String TEXT_AGAIN = "<w:t xml:space=\"preserve\">";

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
}
