package org.declgen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a Word cell as runs of text with their bold and italic, read back both as plain
 * text and as the Markdown-light the renderer wrote it from: a paragraph whose first run is the
 * bullet {@code "• "} alone is a list item ({@code "- "}), bold runs are {@code **…**}, italic runs
 * {@code *…*}. The marks are kept only when {@link InlineMarks} confirms they read back as the same
 * runs; otherwise the line is given as plain text, as before.
 */
final class FormattedLine {
  static final String BULLET = "• ";

  /**
   * A line break inside the paragraph (Shift+Enter). In a short value it only lays the text out —
   * declgen breaks short texts so no line holds one character alone — so the plain text drops it;
   * the Markdown-light of a long text keeps it as a line break.
   */
  static final String LINE_BREAK = "\u2028";

  /** Text written with one formatting, and the run of the source it came from. */
  private record Segment(StringBuilder text, boolean bold, boolean italic, int run) {}

  private final List<Segment> segments = new ArrayList<>();
  private int length;
  private boolean joinsAbove;

  /** Marks the paragraph as the rest of the last one of the cell above, split between pages. */
  void joinAbove() {
    joinsAbove = true;
  }

  /** Whether the paragraph goes on from the last one of the cell above. */
  boolean joinsAbove() {
    return joinsAbove;
  }

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
    return withoutLayoutBreaks(concat(segments));
  }

  /**
   * The text with its line breaks taken out: nothing where Chinese meets anything (the break stood
   * where a space would not), a space between two Latin words.
   */
  private static String withoutLayoutBreaks(String text) {
    if (!text.contains(LINE_BREAK)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != LINE_BREAK.charAt(0)) {
        sb.append(c);
      } else if (sb.length() > 0
          && i + 1 < text.length()
          && isLatin(sb.charAt(sb.length() - 1))
          && isLatin(text.charAt(i + 1))) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static boolean isLatin(char c) {
    return c < 0x2000 && Character.isLetterOrDigit(c);
  }

  String markdown() {
    List<Segment> body = segments;
    String prefix = "";
    if (isListItem()) {
      prefix = "- ";
      body = segments.subList(1, segments.size());
    }
    String plainBody = concat(body);
    if (body.stream().noneMatch(s -> s.bold || s.italic)) {
      return prefix + plainBody;
    }
    List<InlineMarks.Run> runs = InlineMarks.merged(runs(body));
    String marked = marked(runs);
    return prefix + (InlineMarks.readsAs(marked, runs) ? marked : plainBody);
  }

  /** Renderer-written list items: the bullet is a run of its own, plain. */
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

  private static List<InlineMarks.Run> runs(List<Segment> segments) {
    return segments.stream()
        .map(s -> new InlineMarks.Run(s.text.toString(), s.bold, s.italic))
        .toList();
  }

  /** The runs with their marks around the text, outer spaces left outside the marks. */
  private static String marked(List<InlineMarks.Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (InlineMarks.Run r : runs) {
      String core = r.text().strip();
      if (!(r.bold() || r.italic()) || core.isEmpty()) {
        sb.append(r.text());
        continue;
      }
      String mark = r.bold() && r.italic() ? "***" : r.bold() ? "**" : "*";
      int start = r.text().indexOf(core);
      sb.append(r.text(), 0, start)
          .append(mark)
          .append(core)
          .append(mark)
          .append(r.text().substring(start + core.length()));
    }
    return sb.toString();
  }
}
