package org.declgen.yaml;

import java.util.Locale;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A key typed without its colon ({@code 部门名称 某某局}): YAML reads the line as text running on into the
 * lines below, and complains only where that text meets the next key, a line or more later. From
 * where YAML complained, this finds the line the colon is missing from, so the message points at
 * that line and at the column where the colon goes.
 */
final class MissingColon {
  /** Characters that start something other than a key typed as plain text. */
  private static final String NOT_A_KEY_START = "\"'{[|>#&*!%@`";

  private final SourceText source;

  MissingColon(SourceText source) {
    this.source = source;
  }

  /** The missing colon YAML's complaint follows from, if that is what it follows from. */
  Optional<Diagnostic> find(String file, MarkedYAMLException e, Messages messages) {
    String problem = String.valueOf(e.getProblem()).toLowerCase(Locale.ROOT);
    Optional<Integer> line = Optional.empty();
    if (problem.contains("could not find expected ':'") && e.getContextMark() != null) {
      line = Optional.of(e.getContextMark().getLine());
    } else if (problem.contains("mapping values are not allowed") && e.getProblemMark() != null) {
      line = textRunningInto(e.getProblemMark());
    }
    return line.flatMap(l -> diagnostic(file, l, messages));
  }

  /**
   * The first of the lines without a colon just above the line YAML complained on, when it is not
   * indented deeper than that line: the text YAML ran on from.
   */
  private Optional<Integer> textRunningInto(Mark complaint) {
    int at = complaint.getLine();
    if (at >= source.lineCount()) {
      return Optional.empty();
    }
    Integer first = null;
    for (int i = at - 1; i >= 0; i--) {
      String l = source.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (l.stripLeading().startsWith("#") || hasColon(l)) {
        break;
      }
      first = i;
    }
    if (first == null || indent(source.line(first)) > indent(source.line(at))) {
      return Optional.empty();
    }
    return Optional.of(first);
  }

  private Optional<Diagnostic> diagnostic(String file, int lineIndex, Messages messages) {
    if (lineIndex < 0 || lineIndex >= source.lineCount()) {
      return Optional.empty();
    }
    String l = source.line(lineIndex);
    int start = keyStart(l);
    if (start >= l.length() || NOT_A_KEY_START.indexOf(l.charAt(start)) >= 0 || hasColon(l)) {
      return Optional.empty();
    }
    int end = start;
    while (end < l.length() && !isBlank(l.charAt(end))) {
      end++;
    }
    String key = l.substring(start, end);
    String rest = l.substring(end).strip();
    String fixed = l.substring(0, end) + ":" + (rest.isEmpty() ? "" : " " + rest);
    SourcePosition at = new SourcePosition(file, lineIndex + 1, l.codePointCount(0, end) + 1);
    return Optional.of(
        Diagnostic.error(
            at,
            "yaml.missing-colon",
            messages.get("yaml.missing-colon", key),
            messages.get("yaml.missing-colon.hint", key, fixed.strip())));
  }

  /** Where a key would start on a line: after its indentation and list markers. */
  private static int keyStart(String l) {
    int p = indent(l);
    while (p + 1 < l.length() && l.charAt(p) == '-' && l.charAt(p + 1) == ' ') {
      p = indent(l, p + 1);
    }
    return p;
  }

  /** A colon that ends a key: followed by a space, or last on the line before a comment. */
  private static boolean hasColon(String l) {
    String content = l.replaceFirst("\\s#.*$", "").stripTrailing();
    return content.contains(": ") || content.contains(":\t") || content.endsWith(":");
  }

  private static int indent(String l) {
    return indent(l, 0);
  }

  private static int indent(String l, int from) {
    int p = from;
    while (p < l.length() && l.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }
}
