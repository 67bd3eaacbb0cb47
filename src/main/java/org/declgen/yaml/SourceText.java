package org.declgen.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.UnsafeCharacters;
import org.yaml.snakeyaml.error.Mark;

/**
 * A declaration's text, checked before YAML reads it: no git merge conflict left in it (see {@link
 * ConflictMarkers}), no character a Word file cannot hold or a terminal cannot show (see {@link
 * UnsafeCharacters}) typed anywhere, not even in a comment, and no line longer than {@link
 * #MAX_LINE} characters. Knows where each line starts, so a YAML position (line and column counted
 * in characters) can be turned back into a place in the text.
 */
final class SourceText {
  /**
   * The longest line accepted, in characters. A person never types a line this long (the longest
   * text of a form, written on one line, is a few thousand), yet it holds whatever the writer
   * writes of a value that loads (see {@link ScalarRules}). The YAML parser's time grows with the
   * square of a line's length, so a longer one is refused before it is parsed: a 4 MB file of lines
   * this long still parses in well under a second.
   */
  static final int MAX_LINE = 200_000;

  /** Problems of one kind reported before the rest are left unsaid. */
  private static final int MAX_REPORTED = 20;

  private final String file;
  private final String text;
  private final int[] lineStarts;

  private SourceText(String file, String text, int[] lineStarts) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts;
  }

  String text() {
    return text;
  }

  /** Scans {@code text}; refuses it, naming every place (up to a limit), when it breaks a rule. */
  static SourceText scan(String file, String text, Messages messages) throws DiagnosticException {
    List<Diagnostic> conflicts = ConflictMarkers.find(file, text, messages);
    if (!conflicts.isEmpty()) {
      throw new DiagnosticException(conflicts);
    }
    List<Diagnostic> problems = new ArrayList<>();
    int[] starts = new int[64];
    int lines = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\n' || c == '\r') {
        next = c == '\r' && next < text.length() && text.charAt(next) == '\n' ? next + 1 : next;
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = next;
        column = 1;
      } else {
        if (UnsafeCharacters.isUnsafe(c) && problems.size() < MAX_REPORTED) {
          problems.add(unsafe(file, lines, column, c, messages));
        }
        if (column == MAX_LINE + 1 && problems.size() < MAX_REPORTED) {
          problems.add(tooLong(file, lines, messages));
        }
        column++;
      }
      i = next;
    }
    if (!problems.isEmpty()) {
      throw new DiagnosticException(problems);
    }
    return new SourceText(file, text, Arrays.copyOf(starts, lines));
  }

  private static Diagnostic unsafe(String file, int line, int column, int c, Messages messages) {
    return Diagnostic.error(
        new SourcePosition(file, line, column),
        "yaml.control-character",
        messages.get("yaml.control-character", UnsafeCharacters.name(c)),
        messages.get("yaml.control-character.hint"));
  }

  private static Diagnostic tooLong(String file, int line, Messages messages) {
    return Diagnostic.error(
        new SourcePosition(file, line, MAX_LINE + 1),
        "yaml.line-too-long",
        messages.get("yaml.line-too-long", MAX_LINE),
        messages.get("yaml.line-too-long.hint"));
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** Where line {@code index} (from 0) starts in the text. */
  int lineStart(int index) {
    return lineStarts[index];
  }

  /** Line {@code index} (from 0) without its line break. */
  String line(int index) {
    int end = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length();
    while (end > lineStarts[index]
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(lineStarts[index], end);
  }

  /** Where in the text a YAML mark stands. */
  int offset(Mark mark) {
    int line = Math.min(mark.getLine(), lineStarts.length - 1);
    int start = lineStarts[line];
    int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    int available = text.codePointCount(start, lineEnd);
    return text.offsetByCodePoints(start, Math.min(mark.getColumn(), available));
  }

  /** The position (line and column from 1, in characters) of an offset into the text. */
  SourcePosition position(int offset) {
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int column = text.codePointCount(lineStarts[line], offset) + 1;
    return new SourcePosition(file, line + 1, column);
  }
}
