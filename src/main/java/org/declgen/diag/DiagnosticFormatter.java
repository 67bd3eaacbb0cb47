package org.declgen.diag;

import java.util.List;
import java.util.function.Function;

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: 错误: message}, then the source line
 * and a caret under the column, then the hint.
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
    out.append(d.position()).append(": ").append(severityWord(d.severity())).append(": ");
    out.append(d.message()).append('\n');
    appendSourceLine(out, d.position());
    if (!d.hint().isEmpty()) {
      out.append("  ").append(messages.get("diag.hint")).append(": ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  public String severityWord(Severity severity) {
    return messages.get(severity == Severity.ERROR ? "diag.error" : "diag.warning");
  }

  private void appendSourceLine(StringBuilder out, SourcePosition at) {
    if (!at.hasLine()) {
      return;
    }
    List<String> lines = sourceLines.apply(at.file());
    if (at.line() > lines.size()) {
      return;
    }
    String line = lines.get(at.line() - 1).replace('\t', ' ');
    out.append("  ").append(line).append('\n');
    if (at.column() > 0) {
      out.append("  ").append(caretIndent(line, at.column() - 1)).append("^\n");
    }
  }

  /** Spaces up to the column, counting wide (CJK) characters as two so the caret lines up. */
  static String caretIndent(String line, int column) {
    StringBuilder pad = new StringBuilder();
    int end = Math.min(column, line.length());
    for (int i = 0; i < end; i++) {
      pad.append(isWide(line.charAt(i)) ? "  " : " ");
    }
    pad.append(" ".repeat(Math.max(0, column - end)));
    return pad.toString();
  }

  private static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”')
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
  }
}
