package org.declgen.template.docx;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.template.freemarker.FreemarkerMessages;

/**
 * Turns FreeMarker's errors about generated source into messages about the document a person edits:
 * which table, row and column, which markup, and FreeMarker's own explanation.
 */
public final class TemplateErrors {
  private final String templateName;
  private final SourceMap sourceMap;
  private final int[] lineStarts;
  private final Messages messages;

  public TemplateErrors(
      String templateName, SourceMap sourceMap, String source, Messages messages) {
    this.templateName = templateName;
    this.sourceMap = sourceMap;
    this.lineStarts = lineStarts(source);
    this.messages = messages;
  }

  public Diagnostic describe(TemplateException e) {
    return diagnostic(
        e.getLineNumber(), e.getColumnNumber(), FreemarkerMessages.explain(e, messages));
  }

  public Diagnostic describe(ParseException e) {
    return diagnostic(e.getLineNumber(), e.getColumnNumber(), FreemarkerMessages.firstLine(e));
  }

  private Diagnostic diagnostic(Integer line, Integer column, String freemarkerMessage) {
    SourceMap.Span s = line == null ? null : sourceMap.at(offset(line, column)).orElse(null);
    String explanation = FreemarkerMessages.clean(freemarkerMessage);
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
