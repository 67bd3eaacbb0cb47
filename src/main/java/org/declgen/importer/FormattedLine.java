package org.declgen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a Word cell as runs of text with their bold and italic, read back both as plain
 * text and as the Markdown-light the renderer wrote it from: a paragraph whose first run is the
 * bullet {@code "• "} alone is a list item ({@code "- "}), bold runs are {@code **…**}, italic runs
 * {@code *…*}. Where the marks would not read back as the same runs (a literal asterisk in the
 * line, a mark against punctuation inside a word), the line is given as plain text.
 */
final class FormattedLine {
  static final String BULLET = "• ";

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Text written with one formatting, and the run of the source it came from. */
  private record Segment(StringBuilder text, boolean bold, boolean italic, int run) {}

  private final List<Segment> segments = new ArrayList<>();
  private int length;

  void append(CharSequence text, boolean bold, boolean italic, int run) {
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last != null && last.bold == bold && last.italic == italic && last.run == run) {
      last.text.append(text);
    } else {
      segments.add(new Segment(new StringBuilder(text), bold, italic, run));
    }
    length += text.length();
  }

  int length() {
    return length;
  }

  String plain() {
    StringBuilder sb = new StringBuilder(length);
    segments.forEach(s -> sb.append(s.text));
    return sb.toString();
  }

  String markdown() {
    List<Segment> body = segments;
    String prefix = "";
    if (isListItem()) {
      prefix = "- ";
      body = segments.subList(1, segments.size());
    }
    String plainBody = concat(body);
    if (body.stream().noneMatch(s -> s.bold || s.italic) || plainBody.indexOf('*') >= 0) {
      return prefix + plainBody;
    }
    String marked = marked(merged(body));
    return prefix + (marked == null ? plainBody : marked);
  }

  private boolean isListItem() {
    if (segments.size() < 2) {
      return false;
    }
    Segment first = segments.get(0);
    return !first.bold
        && !first.italic
        && first.text.toString().equals(BULLET)
        && segments.get(1).run != first.run;
  }

  private static String concat(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    segments.forEach(s -> sb.append(s.text));
    return sb.toString();
  }

  /** Neighbouring segments of the same formatting as one. */
  private static List<Segment> merged(List<Segment> segments) {
    List<Segment> result = new ArrayList<>();
    for (Segment s : segments) {
      Segment last = result.isEmpty() ? null : result.get(result.size() - 1);
      if (last != null && last.bold == s.bold && last.italic == s.italic) {
        last.text.append(s.text);
      } else {
        result.add(new Segment(new StringBuilder(s.text), s.bold, s.italic, s.run));
      }
    }
    return result;
  }

  /** The segments with their marks, or null when a mark would not read back as one. */
  private static String marked(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      String text = s.text.toString();
      String core = text.strip();
      if (!(s.bold || s.italic) || core.isEmpty()) {
        sb.append(text);
        continue;
      }
      String mark = s.bold && s.italic ? "***" : s.bold ? "**" : "*";
      int start = text.indexOf(core);
      String before = text.substring(0, start);
      String after = text.substring(start + core.length());
      int previous = before.isEmpty() ? last(sb) : before.codePointBefore(before.length());
      int next = !after.isEmpty() ? after.codePointAt(0) : first(segments, i + 1);
      if (!opens(previous, core.codePointAt(0))
          || !closes(core.codePointBefore(core.length()), next)) {
        return null;
      }
      sb.append(before).append(mark).append(core).append(mark).append(after);
    }
    return sb.toString();
  }

  private static int last(StringBuilder sb) {
    return sb.length() == 0 ? -1 : sb.codePointBefore(sb.length());
  }

  private static int first(List<Segment> segments, int from) {
    return from < segments.size() && segments.get(from).text.length() > 0
        ? segments.get(from).text.codePointAt(0)
        : -1;
  }

  /** CommonMark's left-flanking rule for a mark between these characters (-1: line edge). */
  private static boolean opens(int before, int after) {
    return !isPunctuation(after) || before == -1 || isSpace(before) || isPunctuation(before);
  }

  /** CommonMark's right-flanking rule for a mark between these characters (-1: line edge). */
  private static boolean closes(int before, int after) {
    return !isPunctuation(before) || after == -1 || isSpace(after) || isPunctuation(after);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Punctuation as the Markdown parser the renderer uses sees it: ASCII's and Unicode's P*. */
  private static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return ASCII_PUNCTUATION.indexOf(c) >= 0;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
