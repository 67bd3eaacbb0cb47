package org.declgen.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.declgen.diag.SourcePosition;

/**
 * Where a place in the corrected text stands in the text as it was typed: edits change columns of
 * their own line only, and every position a user reads points into what they typed.
 */
final class ColumnShift {
  private final Map<Integer, List<Edit>> editsByLine = new TreeMap<>();
  private final List<String> typed;
  private final List<String> corrected;

  /**
   * @param typed the lines as typed; {@code corrected} the same lines with {@code edits} applied
   */
  ColumnShift(List<Edit> edits, List<String> typed, List<String> corrected) {
    for (Edit e : edits) {
      editsByLine.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e);
    }
    editsByLine.values().forEach(l -> l.sort(ORDER));
    this.typed = typed;
    this.corrected = corrected;
  }

  /** By start, then end; written out for the reason {@code Diagnostic.IN_FILE_ORDER} is. */
  static final Comparator<Edit> ORDER =
      (a, b) -> {
        int byStart = Integer.compare(a.start(), b.start());
        return byStart != 0 ? byStart : Integer.compare(a.end(), b.end());
      };

  /** Applies the edits of one line (sorted, not overlapping) to its text. */
  static String apply(String line, List<Edit> edits) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int pos = 0;
    for (Edit e : edits) {
      if (e.start() < pos) {
        continue;
      }
      out.append(line, pos, e.start()).append(e.replacement());
      pos = e.end();
    }
    return out.append(line, pos, line.length()).toString();
  }

  /** The place in the typed text that {@code at}, a place in the corrected text, stands for. */
  SourcePosition typed(SourcePosition at) {
    List<Edit> edits = editsByLine.get(at.line() - 1);
    if (edits == null || at.column() == 0 || at.line() > corrected.size()) {
      return at;
    }
    String fixed = corrected.get(at.line() - 1);
    String original = typed.get(at.line() - 1);
    int index = charIndex(fixed, at.column() - 1);
    int back = Math.min(typedIndex(edits, index), original.length());
    return new SourcePosition(at.file(), at.line(), original.codePointCount(0, back) + 1);
  }

  private static int typedIndex(List<Edit> edits, int index) {
    int delta = 0;
    for (Edit e : edits) {
      int start = e.start() + delta;
      if (index < start) {
        return index - delta;
      }
      if (index < start + e.replacement().length()) {
        return e.start();
      }
      delta += e.delta();
    }
    return index - delta;
  }

  /** The char index of code point {@code column} (from 0), or past the end. */
  private static int charIndex(String line, int column) {
    int count = line.codePointCount(0, line.length());
    if (column >= count) {
      return line.length() + (column - count);
    }
    return line.offsetByCodePoints(0, column);
  }
}
