package org.declgen.render.markdown;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.UnsafeCharacters;
import org.declgen.template.freemarker.FreemarkerMessages;

/** Fills a review Markdown template; the output always ends with exactly one newline. */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Template template, Map<String, Object> view, Messages messages)
      throws DiagnosticException {
    StringWriter out = new StringWriter(16 * 1024);
    try {
      template.process(view, out);
    } catch (TemplateException e) {
      throw new DiagnosticException(
          Diagnostic.error(
              new SourcePosition(
                  template.getName(), nz(e.getLineNumber()), nz(e.getColumnNumber())),
              "template.error",
              messages.get("template.markdown-error", FreemarkerMessages.explain(e, messages)),
              messages.get("template.error.hint")));
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string failed", e);
    }
    return normalize(out.toString());
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }

  /**
   * No trailing spaces, no runs of blank lines, one final newline: stable diffs. A character no
   * declaration may hold ({@link UnsafeCharacters}), which only a form read by import can bring, is
   * shown as its escape, so that {@code git diff} never prints it raw.
   */
  static String normalize(String markdown) {
    String s =
        UnsafeCharacters.escapeAll(markdown.replace("\r\n", "\n").replace('\r', '\n'))
            .replaceAll("(?m)[ \\t]+$", "")
            .replaceAll("\n{3,}", "\n\n")
            .strip();
    return s + "\n";
  }
}
