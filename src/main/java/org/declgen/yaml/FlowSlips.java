package org.declgen.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Typing slips inside {@code {…}} and {@code […]}, which may run over several lines: a full-width
 * colon or comma next to a known label, no space after a colon, a comma that split a value, a
 * thousands comma that split an amount, full-width brackets used as {@code {…}}.
 */
final class FlowSlips {
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private final Deque<Frame> frames = new ArrayDeque<>();
  private SlipLine line;
  private boolean lost;

  /** Whether a {@code {…}} or {@code […]} is still open at the end of the last line. */
  boolean isOpen() {
    return !frames.isEmpty();
  }

  /** Whether a quoted text ran past a line's end, which this does not follow. */
  boolean lost() {
    return lost;
  }

  /** An open {@code {…}} or {@code […]}; in a mapping, the last plain value read. */
  private static final class Frame {
    final boolean mapping;
    final char closer;
    final Slip fullWidth;
    Value pending;

    Frame(boolean mapping, char closer, Slip fullWidth) {
      this.mapping = mapping;
      this.closer = closer;
      this.fullWidth = fullWidth;
    }

    boolean closes(char c) {
      return c == (mapping ? '}' : ']') || c == closer;
    }
  }

  /** A plain value inside {@code {…}}, and the commas of the entries without a key joined to it. */
  private static final class Value {
    final String label;
    final int start;
    int end;
    boolean endedByComma;
    final List<Integer> commas = new ArrayList<>();

    Value(String label, int start, int end) {
      this.label = label;
      this.start = start;
      this.end = end;
    }
  }

  /** Scans {@code l} from {@code from}, an opening bracket or, on a later line, its first text. */
  void scan(SlipLine l, int from) {
    line = l;
    int p = from;
    while (!lost) {
      p = line.skipSpaces(p);
      if (p >= line.end || line.commentAt(p)) {
        settleTop();
        return;
      }
      char c = line.at(p);
      Frame top = frames.peek();
      if (top == null) {
        if (c != '{' && c != '[' && !line.opensFullWidthMapping(p)) {
          return;
        }
        p = open(p);
      } else if (top.closes(c)) {
        p = close(p);
      } else if (c == ',') {
        if (top.pending != null) {
          top.pending.endedByComma = true;
        }
        p++;
      } else if (c == '{' || c == '[' || line.opensFullWidthMapping(p)) {
        settleTop();
        p = open(p);
      } else if (c == '，' && top.mapping && line.keyAfterComma(p) != null) {
        settleTop();
        int next = line.skipSpaces(p + 1);
        line.fullWidthComma(p, next);
        p = next;
      } else {
        p = top.mapping ? entry(p) : element(p);
      }
    }
  }

  private int open(int p) {
    char c = line.at(p);
    if (c == '{' || c == '[') {
      frames.push(new Frame(c == '{', c == '{' ? '}' : ']', null));
    } else {
      char closer = c == '（' ? '）' : '｝';
      Slip slip =
          new Slip(SlipKind.FULL_WIDTH_BRACKETS, line.no, p, c + "…" + closer, "{…}")
              .with(Edit.replace(line.no, p, p + 1, "{"));
      line.add(slip);
      frames.push(new Frame(true, closer, slip));
    }
    return p + 1;
  }

  private int close(int p) {
    Frame f = frames.pop();
    settle(f.pending);
    if (f.fullWidth != null && line.at(p) == f.closer) {
      f.fullWidth.with(Edit.replace(line.no, p, p + 1, "}"));
    }
    if (!frames.isEmpty()) {
      frames.peek().pending = null;
    }
    return p + 1;
  }

  private void settleTop() {
    if (!frames.isEmpty()) {
      settle(frames.peek().pending);
      frames.peek().pending = null;
    }
  }

  /** One entry of a {@code {…}} at {@code p}: a key and its value, or text without a key. */
  private int entry(int p) {
    Frame f = frames.peek();
    char c = line.at(p);
    if (c == '"' || c == '\'') {
      return quotedEntry(p);
    }
    int stop = textEnd(p, f);
    SlipLine.Colons colons = line.colons(p, stop, true);
    int valueAt = line.keySlip(p, colons);
    if (valueAt < 0 && colons.ascii() >= 0) {
      valueAt = colons.ascii() + 1;
    }
    if (valueAt >= 0) {
      settleTop();
      return value(valueAt, line.s.substring(p, valueAt - 1).strip());
    }
    Value previous = f.pending;
    if (previous != null && previous.endedByComma && stop > p) {
      previous.commas.add(line.s.lastIndexOf(',', p));
      previous.end = line.trimEnd(stop);
      previous.endedByComma = false;
    } else {
      settleTop();
    }
    // a closer of another bracket ({a: b]) ends no text: step over it, as element() does
    return Math.max(p + 1, stop);
  }

  private int quotedEntry(int p) {
    settleTop();
    int q = line.closeQuote(p + 1, line.at(p));
    if (q < 0) {
      lost = true;
      return line.end;
    }
    int r = line.skipSpaces(q + 1);
    if (r < line.end && line.at(r) == ':') {
      return value(r + 1, line.s.substring(p + 1, q));
    }
    return q + 1;
  }

  private int element(int p) {
    char c = line.at(p);
    if (c == '"' || c == '\'') {
      int q = line.closeQuote(p + 1, c);
      if (q < 0) {
        lost = true;
        return line.end;
      }
      return q + 1;
    }
    return Math.max(p + 1, textEnd(p, frames.peek()));
  }

  /** The value after a key inside {@code {…}}. */
  private int value(int from, String label) {
    Frame f = frames.peek();
    int v = line.skipSpaces(from);
    if (v >= line.end) {
      return v;
    }
    char c = line.at(v);
    if (c == ',' || f.closes(c) || line.commentAt(v)) {
      return v;
    }
    if (c == '{' || c == '[' || line.opensFullWidthMapping(v)) {
      return open(v);
    }
    if (c == '"' || c == '\'') {
      int q = line.closeQuote(v + 1, c);
      if (q < 0) {
        lost = true;
        return line.end;
      }
      return q + 1;
    }
    int j = plainEnd(v, f);
    f.pending = new Value(label, v, line.trimEnd(j));
    if (j < line.end && line.at(j) == '，') {
      int next = line.skipSpaces(j + 1);
      settleTop();
      line.fullWidthComma(j, next);
      return next;
    }
    return j;
  }

  /**
   * Where a plain value inside {@code {…}} ends: at a comma, a bracket, a comment, the line's end,
   * or a full-width comma followed by a key.
   */
  private int plainEnd(int v, Frame f) {
    int nested = 0;
    for (int j = v; j < line.end; j++) {
      char ch = line.at(j);
      if (ch == ',' || ch == '{' || ch == '[' || ch == ']' || ch == '}' || line.commentAt(j)) {
        return j;
      }
      if (f.fullWidth != null && ch == f.closer) {
        if (nested == 0) {
          return j;
        }
        nested--;
      } else if (f.fullWidth != null && (ch == '（' || ch == '｛')) {
        nested++;
      }
      if (ch == '，' && line.keyAfterComma(j) != null) {
        return j;
      }
    }
    return line.end;
  }

  /** Reports what a finished plain value inside {@code {…}} needs: joined commas, a sign first. */
  private void settle(Value value) {
    if (value == null
        || value.end <= value.start
        || !line.labels.isKnown(value.label)
        || line.refusedByYaml(value.start)) {
      return;
    }
    String text = line.s.substring(value.start, value.end);
    if (!value.commas.isEmpty()
        && line.labels.isAmount(value.label)
        && GROUPED.matcher(text).matches()) {
      thousands(value, text);
    } else if (!value.commas.isEmpty() || line.readAsYamlSign(value.start)) {
      line.quote(value.label, value.start, value.end, value.commas);
    } else {
      line.curlyQuotes(value.label, value.start, value.end);
    }
  }

  /** {@code 3,215.40} split by its comma: read as {@code 3215.40}, the commas taken out. */
  private void thousands(Value value, String text) {
    Slip slip =
        new Slip(
            SlipKind.THOUSANDS,
            line.no,
            value.commas.get(0),
            value.label,
            text,
            text.replace(",", ""));
    for (int i = value.start; i < value.end; i++) {
      if (line.at(i) == ',') {
        slip.with(Edit.replace(line.no, i, i + 1, ""));
      }
    }
    line.add(slip);
  }

  /** Where a key or text without quotes ends inside {@code {…}}. */
  private int textEnd(int p, Frame f) {
    for (int j = p; j < line.end; j++) {
      char ch = line.at(j);
      if (ch == ',' || ch == '{' || ch == '[' || ch == ']' || ch == '}' || ch == f.closer) {
        return j;
      }
      if (j > 0 && line.commentAt(j)) {
        return j;
      }
    }
    return line.end;
  }
}
