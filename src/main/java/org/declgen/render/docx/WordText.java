package org.declgen.render.docx;

/** Text as it may stand in WordprocessingML: escaped, without characters XML forbids. */
final class WordText {
  private WordText() {}

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
