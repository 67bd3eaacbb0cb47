package org.declgen.diag;

import java.util.List;
import java.util.function.Function;

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: 错误: message}, then the source line
 * and a caret under the column, then the hint. Nothing the user's file holds reaches the terminal
 * raw: control characters are escaped, long lines and messages are cut (see {@link QuotedLine},
 * {@link Quoting}).
 */
public final class DiagnosticFormatter {
  private final Messages messages;
  private final Function<String, List<String>> sourceLines;

  /**
   * @param sourceLines gives the lines of a file named in a position, or an empty list when the
   *     file cannot be shown
   */
  public DiagnosticFormatter(Messages messages, Function<String, List<String>> sourceLines) {
    this.messages = messages;
    this.sourceLines = sourceLines;
  }

  public String format(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(UnsafeCharacters.escapeAll(d.position().toString()))
        .append(": ")
        .append(severityWord(d.severity()))
        .append(": ");
    out.append(Quoting.message(d.message())).append('\n');
    appendSourceLine(out, d.position());
    if (!d.hint().isEmpty()) {
      out.append("  ")
          .append(messages.get("diag.hint"))
          .append(": ")
          .append(Quoting.message(d.hint()))
          .append('\n');
    }
    return out.toString();
  }

  public String severityWord(Severity severity) {
    return messages.get(severity == Severity.ERROR ? "diag.error" : "diag.warning");
  }

  /** The line a position points into, escaped and cut to fit (see {@link QuotedLine}). */
  private void appendSourceLine(StringBuilder out, SourcePosition at) {
    if (!at.hasLine()) {
      return;
    }
    List<String> lines = sourceLines.apply(at.file());
    if (at.line() > lines.size()) {
      return;
    }
    QuotedLine line = QuotedLine.of(lines.get(at.line() - 1), at.column());
    out.append("  ").append(line.text()).append('\n');
    if (at.column() > 0) {
      out.append("  ").append(line.caretIndent()).append("^\n");
    }
  }
}
