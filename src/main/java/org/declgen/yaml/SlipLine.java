package org.declgen.yaml;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a file looked at for typing slips (see {@link SlipScanner}): its text, what is a key
 * and what a value on it, and the slips found on it, each with its fix.
 */
final class SlipLine {
  /** {@code |} or {@code >}, the start of a block text, with its optional indicators. */
  static final Pattern BLOCK_HEADER =
      Pattern.compile("[|>](?:[+-][1-9]?|[1-9][+-]?)?[ \\t]*(?:#.*)?");

  final KnownLabels labels;
  final int no;
  final String s;
  final int end;
  private final List<Slip> found;

  /**
   * @param no the line's number, from 0
   * @param found where slips are added
   */
  SlipLine(KnownLabels labels, int no, String s, List<Slip> found) {
    this.labels = labels;
    this.no = no;
    this.s = s;
    this.end = s.length();
    this.found = found;
  }

  char at(int i) {
    return s.charAt(i);
  }

  void add(Slip slip) {
    found.add(slip);
  }

  /** Whether {@code j} starts a comment: a {@code #} at the line's start or after a space. */
  boolean commentAt(int j) {
    return s.charAt(j) == '#' && (j == 0 || isSpace(s.charAt(j - 1)));
  }

  /**
   * The first colon of each kind after a key's start: {@code ascii} followed by a space (a key ends
   * there), {@code full} full-width, {@code tight} followed by other text; -1 for none.
   */
  record Colons(int ascii, int full, int tight) {
    boolean fullFirst() {
      return full >= 0 && before(full, ascii) && before(full, tight);
    }

    boolean tightFirst() {
      return tight >= 0 && before(tight, ascii);
    }

    boolean onlyFull() {
      return ascii < 0 && tight < 0;
    }

    boolean onlyTight() {
      return ascii < 0 && full < 0;
    }

    private static boolean before(int a, int b) {
      return b < 0 || a < b;
    }
  }

  /**
   * The colons between {@code from} and {@code stop}; inside {@code {…}}, {@code :,} ends a key.
   */
  Colons colons(int from, int stop, boolean inFlow) {
    int full = -1;
    int tight = -1;
    for (int j = from; j < stop; j++) {
      char ch = s.charAt(j);
      if (ch == ':') {
        if (j + 1 >= stop || isSpace(s.charAt(j + 1)) || inFlow && isFlowEnd(s.charAt(j + 1))) {
          return new Colons(j, full, tight);
        }
        tight = tight < 0 ? j : tight;
      } else if (ch == '：' && full < 0) {
        full = j;
      }
    }
    return new Colons(-1, full, tight);
  }

  /**
   * A full-width colon or a colon without a space ending the key that starts at {@code p}: the slip
   * is recorded and the index just after the colon returned; -1 when there is none.
   */
  int keySlip(int p, Colons c) {
    if (c.fullFirst()) {
      String label = s.substring(p, c.full).strip();
      if (labels.isKnown(label) || c.onlyFull() && looksLikeKey(label)) {
        SlipKind kind =
            labels.isKnown(label) ? SlipKind.FULL_WIDTH_COLON : SlipKind.FULL_WIDTH_COLON_UNKNOWN;
        add(new Slip(kind, no, c.full, label).with(colonEdit(c.full)));
        return c.full + 1;
      }
    }
    if (c.tightFirst()) {
      String label = s.substring(p, c.tight).strip();
      if (labels.isKnown(label) || c.onlyTight() && looksLikeKey(label)) {
        SlipKind kind = labels.isKnown(label) ? SlipKind.NO_SPACE : SlipKind.NO_SPACE_UNKNOWN;
        add(new Slip(kind, no, c.tight, label).with(Edit.insert(no, c.tight + 1, " ")));
        return c.tight + 1;
      }
    }
    return -1;
  }

  private Edit colonEdit(int at) {
    boolean spaced = at + 1 >= end || isSpace(s.charAt(at + 1));
    return Edit.replace(no, at, at + 1, spaced ? ":" : ": ");
  }

  /** {@code 【】}, {@code ［］} or {@code ｛｝} for an empty list or group: reported, true. */
  boolean emptyFullWidthPair(int v, int stop) {
    String text = s.substring(v, stop);
    String fix =
        switch (text) {
          case "【】", "［］" -> "[]";
          case "｛｝" -> "{}";
          default -> null;
        };
    if (fix != null) {
      add(
          new Slip(SlipKind.FULL_WIDTH_BRACKETS, no, v, text, fix)
              .with(Edit.replace(no, v, stop, fix)));
    }
    return fix != null;
  }

  /**
   * A value starting with {@code &}, {@code *} or {@code !} and text a clerk types, which YAML
   * reads as an anchor, an alias or a tag ({@code !!java…} and other YAML names are left to YAML).
   */
  boolean readAsYamlSign(int v) {
    char c = s.charAt(v);
    if (c != '&' && c != '*' && c != '!') {
      return false;
    }
    if (v + 1 >= end) {
      return true;
    }
    char next = s.charAt(v + 1);
    boolean yamlName = next < 0x80 && (Character.isLetter(next) || "_-!<".indexOf(next) >= 0);
    return !yamlName;
  }

  /** A value starting with a sign YAML refuses there, and says so itself ({@code > | % @ `}). */
  boolean refusedByYaml(int v) {
    return "|>%@`".indexOf(s.charAt(v)) >= 0;
  }

  /**
   * Reports the value {@code [v, stop)} of a known label that needs quotes (a sign first, or a
   * comma that split it in {@code {…}}), and quotes it.
   */
  void quote(String label, int v, int stop, List<Integer> commas) {
    String text = s.substring(v, stop);
    Edit quoted = Edit.replace(no, v, stop, YamlText.quoted(text));
    if (readAsYamlSign(v)) {
      add(new Slip(SlipKind.RESERVED_START, no, v, label, text.substring(0, 1), text).with(quoted));
    } else {
      add(new Slip(SlipKind.COMMA_IN_VALUE, no, commas.get(0), label, text).with(quoted));
    }
    curlyQuotes(label, v, stop);
  }

  /** {@code “…”} around a value that YAML quotes would have protected: read as written, said. */
  void curlyQuotes(String label, int v, int stop) {
    String text = s.substring(v, stop);
    if (text.length() > 2 && text.startsWith("“") && text.endsWith("”")) {
      String inner = text.substring(1, text.length() - 1);
      if (YamlText.scalar(inner).startsWith("\"")) {
        add(new Slip(SlipKind.CURLY_QUOTES, no, v, label, text, inner));
      }
    }
  }

  /** The label of a key right after a full-width comma, if one follows; else null. */
  String keyAfterComma(int comma) {
    int r = skipSpaces(comma + 1);
    for (int k = r; k < end; k++) {
      char ch = s.charAt(k);
      if (ch == ',' || ch == '，' || ch == '}' || ch == '{' || ch == '[' || ch == ']') {
        return null;
      }
      if (ch == ':' || ch == '：') {
        String label = s.substring(r, k).strip();
        boolean spaced = ch == ':' && (k + 1 == end || isSpace(s.charAt(k + 1)));
        return labels.isKnown(label) || spaced && looksLikeKey(label) ? label : null;
      }
    }
    return null;
  }

  void fullWidthComma(int comma, int next) {
    String label = keyAfterComma(comma);
    SlipKind kind =
        labels.isKnown(label) ? SlipKind.FULL_WIDTH_COMMA : SlipKind.FULL_WIDTH_COMMA_UNKNOWN;
    add(new Slip(kind, no, comma, label).with(Edit.replace(no, comma, next, ", ")));
  }

  /** {@code （} or {@code ｛} followed by a label the form defines and a colon. */
  boolean opensFullWidthMapping(int p) {
    char c = s.charAt(p);
    if (c != '（' && c != '｛') {
      return false;
    }
    int r = skipSpaces(p + 1);
    for (int k = r; k < end; k++) {
      char ch = s.charAt(k);
      if (ch == ':' || ch == '：') {
        return labels.isKnown(s.substring(r, k).strip());
      }
      if (ch == ',' || ch == '，' || ch == '）' || ch == '｝') {
        return false;
      }
    }
    return false;
  }

  /** Text a clerk would use as a key: short, no spaces or sentence punctuation, not ASCII only. */
  static boolean looksLikeKey(String label) {
    return !label.isEmpty()
        && label.length() <= 30
        && label.chars().noneMatch(ch -> ch == ' ' || "，。、；“”\"'{}[]".indexOf(ch) >= 0)
        && label.chars().anyMatch(ch -> ch >= 0x80);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  static boolean isFlowEnd(char c) {
    return c == ',' || c == '}' || c == ']';
  }

  int skipSpaces(int from) {
    int p = from;
    while (p < end && s.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** The end of a line's content from {@code p}: before a comment, without trailing spaces. */
  int contentEnd(int p) {
    int stop = end;
    for (int j = p; j < end; j++) {
      if (s.charAt(j) == '#' && j > 0 && isSpace(s.charAt(j - 1))) {
        stop = j;
        break;
      }
    }
    return trimEnd(stop);
  }

  int trimEnd(int stop) {
    int e = stop;
    while (e > 0 && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The index of the quote closing a quoted text that started before {@code from}, or -1. */
  int closeQuote(int from, char quote) {
    for (int j = from; j < end; j++) {
      char ch = s.charAt(j);
      if (quote == '"' && ch == '\\') {
        j++;
      } else if (ch == quote) {
        if (quote == '\'' && j + 1 < end && s.charAt(j + 1) == '\'') {
          j++;
        } else {
          return j;
        }
      }
    }
    return -1;
  }
}
