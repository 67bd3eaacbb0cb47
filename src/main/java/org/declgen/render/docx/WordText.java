package org.declgen.render.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as it may stand in WordprocessingML: escaped, without characters XML forbids. */
final class WordText {
  /** The elements that follow {@code w:w} in {@code w:rPr} (ECMA-376 §17.3.2.28 CT_RPr). */
  private static final Pattern AFTER_SCALE =
      Pattern.compile(
          "<w:(?:kern|position|sz|szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em"
              + "|lang|eastAsianLayout|specVanish|oMath)[\\s/>]|</w:rPr>");

  private static final Pattern SCALE = Pattern.compile("<w:w [^>]*/>");

  private WordText() {}

  /**
   * Run properties ({@code w:rPr} XML, may be empty) with the letters' width set to {@code percent}
   * ({@code w:w}, in its place in the sequence Word validates).
   */
  static String narrowed(String runProperties, int percent) {
    String scale = "<w:w w:val=\"" + percent + "\"/>";
    if (runProperties.isEmpty()) {
      return "<w:rPr>" + scale + "</w:rPr>";
    }
    String rest = SCALE.matcher(runProperties).replaceAll("");
    Matcher at = AFTER_SCALE.matcher(rest);
    if (!at.find()) {
      return runProperties;
    }
    return rest.substring(0, at.start()) + scale + rest.substring(at.start());
  }

  /** Appends {@code text[from, to)} escaped to {@code out}. */
  private static void escape(StringBuilder out, String text, int from, int to) {
    int clean = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      String entity =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> c >= 0x20 || c == '\t' ? null : "";
          };
      if (entity != null) {
        out.append(text, clean, i).append(entity);
        clean = i + 1;
      }
    }
    out.append(text, clean, to);
  }

  /**
   * One run of text with the given run properties ({@code w:rPr} XML, may be empty), written
   * straight into {@code out}: a render writes thousands of them.
   */
  static void run(StringBuilder out, String runProperties, String text) {
    out.append("<w:r>").append(runProperties);
    int from = 0;
    while (true) {
      int tab = text.indexOf('\t', from);
      int end = tab < 0 ? text.length() : tab;
      if (end > from) {
        out.append("<w:t xml:space=\"preserve\">");
        escape(out, text, from, end);
        out.append("</w:t>");
      }
      if (tab < 0) {
        break;
      }
      out.append("<w:tab/>");
      from = tab + 1;
    }
    out.append("</w:r>");
  }
}
