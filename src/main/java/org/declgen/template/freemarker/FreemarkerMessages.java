package org.declgen.template.freemarker;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.declgen.diag.Messages;
import org.declgen.template.view.BlankAmountException;

/** FreeMarker's own explanations, without references to lines of generated source. */
public final class FreemarkerMessages {
  private FreemarkerMessages() {}

  /** The first line of a parse error's explanation. */
  public static String firstLine(ParseException e) {
    return clean(e.getEditorMessage()).lines().findFirst().orElse("");
  }

  /**
   * Why a template failed while it rendered: in the user's language where declgen knows the cause,
   * else FreeMarker's own explanation.
   */
  public static String explain(TemplateException e, Messages messages) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BlankAmountException) {
        return messages.get("template.error.blank-amount");
      }
    }
    return FailedExpression.explain(e, messages).orElseGet(e::getMessageWithoutStackTop);
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
