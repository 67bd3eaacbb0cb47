package org.declgen.render.docx;

/** Text as it may stand in WordprocessingML: escaped, without characters XML forbids. */
final class WordText {
  private WordText() {}

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** One run of text with the given run properties ({@code w:rPr} XML, may be empty). */
  static void run(StringBuilder out, String runProperties, String text) {
    out.append("<w:r>").append(runProperties);
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("<w:tab/>");
      }
      if (!parts[i].isEmpty()) {
        out.append("<w:t xml:space=\"preserve\">").append(escape(parts[i])).append("</w:t>");
      }
    }
    out.append("</w:r>");
  }
}
