package org.declgen.template.freemarker;

import freemarker.core.ParseException;

/** FreeMarker's own explanations, without references to lines of generated source. */
public final class FreemarkerMessages {
  private FreemarkerMessages() {}

  /** The first line of a parse error's explanation. */
  public static String firstLine(ParseException e) {
    return clean(e.getEditorMessage()).lines().findFirst().orElse("");
  }

  /** FreeMarker's message without references to the generated source's lines. */
  public static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m =
        message
            .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "")
            .replaceAll("(?s)\\n-{4}\\nFTL stack trace.*", "")
            .replaceAll("(?m)^\\s*in template \"[^\"]*\".*$", "")
            .replaceAll("(?m)^-{4}$", "");
    return m.strip().replaceAll("\\n{2,}", "\n");
  }
}
