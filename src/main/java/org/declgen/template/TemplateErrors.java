package org.declgen.template;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * Turns FreeMarker's errors about generated source into messages about the document a person edits:
 * which table, row and column, which markup, and FreeMarker's own explanation.
 */
public final class TemplateErrors {
  private final String templateName;
  private final TemplateSnippets snippets;
  private final int[] lineStarts;
  private final Messages messages;

  TemplateErrors(String templateName, TemplateSnippets snippets, String source, Messages messages) {
    this.templateName = templateName;
    this.snippets = snippets;
    this.lineStarts = lineStarts(source);
    this.messages = messages;
  }

  public Diagnostic describe(TemplateException e) {
    return diagnostic(e.getLineNumber(), e.getColumnNumber(), e.getMessageWithoutStackTop());
  }

  Diagnostic describe(ParseException e) {
    String first = clean(e.getEditorMessage()).lines().findFirst().orElse("");
    return diagnostic(e.getLineNumber(), e.getColumnNumber(), first);
  }

  private Diagnostic diagnostic(Integer line, Integer column, String freemarkerMessage) {
    TemplateSnippets.Snippet s = line == null ? null : snippets.at(offset(line, column));
    String explanation = clean(freemarkerMessage);
    String message =
        s == null
            ? messages.get("template.error.nowhere", explanation)
            : messages.get("template.error", s.where(), s.markup(), explanation);
    return Diagnostic.error(
        SourcePosition.ofFile(templateName),
        "template.error",
        message,
        messages.get("template.error.hint"));
  }

  private int offset(Integer line, Integer column) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    return lineStarts[l - 1] + Math.max(0, (column == null ? 1 : column) - 1);
  }

  /** FreeMarker's message without references to the generated source's lines. */
  static String clean(String message) {
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

  private static int[] lineStarts(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
