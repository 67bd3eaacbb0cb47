package org.declgen.render.docx.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the WordprocessingML a form prints back where pages are decided: where a row's cells are,
 * and the text of paragraphs. It reads only what declgen writes (the template's XML as the JDK
 * serialises it, and the runtime's own paragraphs): elements with the {@code w:} prefix, no
 * comments or CDATA, and no unescaped {@code <} or {@code >} in text or attributes.
 */
final class RowXml {
  private RowXml() {}

  /** Where an element is: from its {@code <} to just after its end tag. */
  record Span(int start, int end) {}

  /** The cells ({@code w:tc}) of the row ({@code w:tr}) the XML holds, in order. */
  static List<Span> cells(CharSequence xml) {
    return cells(xml, 0, xml.length());
  }

  /**
   * The cells of the row in {@code [from, to)}: the {@code w:tc} elements not nested in another (a
   * cell of a table inside a cell is nested), found by their tags alone.
   */
  static List<Span> cells(CharSequence xml, int from, int to) {
    List<Span> cells = new ArrayList<>();
    int depth = 0;
    int start = -1;
    int i = from;
    while (true) {
      int open = find(xml, "<w:tc", i, to);
      int close = find(xml, "</w:tc>", i, to);
      if (close < 0) {
        return cells;
      }
      if (open >= 0 && open < close) {
        char after = xml.charAt(open + 5);
        if (after == '>' || after == ' ') {
          start = depth == 0 ? open : start;
          depth++;
        }
        i = open + 5;
      } else {
        depth--;
        i = close + 7;
        if (depth == 0) {
          cells.add(new Span(start, i));
        }
      }
    }
  }

  /** Where {@code text} first occurs in {@code [from, to)}, or -1. */
  static int find(CharSequence xml, String text, int from, int to) {
    int at;
    if (xml instanceof String s) {
      at = s.indexOf(text, from);
    } else if (xml instanceof StringBuilder sb) {
      at = sb.indexOf(text, from);
    } else {
      at = xml.toString().indexOf(text, from);
    }
    return at >= 0 && at + text.length() <= to ? at : -1;
  }

  /**
   * The elements with this name directly inside {@code [from, to)}: not nested in another element
   * of the range.
   */
  static List<Span> children(CharSequence xml, int from, int to, String name) {
    List<Span> found = new ArrayList<>();
    int i = from;
    while (true) {
      int open = indexOf(xml, '<', i, to);
      if (open < 0) {
        return found;
      }
      if (open + 1 < to && xml.charAt(open + 1) == '/') {
        i = tagEnd(xml, open) + 1;
        continue;
      }
      int end = elementEnd(xml, open);
      if (isNamed(xml, open + 1, name)) {
        found.add(new Span(open, end));
      }
      i = end;
    }
  }

  /** The index just after the element that starts at {@code open}. */
  static int elementEnd(CharSequence xml, int open) {
    int close = tagEnd(xml, open);
    if (xml.charAt(close - 1) == '/') {
      return close + 1;
    }
    int depth = 1;
    int i = close + 1;
    while (depth > 0) {
      int next = indexOf(xml, '<', i, xml.length());
      if (next < 0) {
        return xml.length();
      }
      int end = tagEnd(xml, next);
      if (xml.charAt(next + 1) == '/') {
        depth--;
      } else if (xml.charAt(end - 1) != '/') {
        depth++;
      }
      i = end + 1;
    }
    return i;
  }

  /** The index of the {@code >} that ends the tag starting at {@code open}. */
  static int tagEnd(CharSequence xml, int open) {
    int end = indexOf(xml, '>', open, xml.length());
    return end < 0 ? xml.length() - 1 : end;
  }

  /** Whether the tag name at {@code at} is exactly {@code name}. */
  static boolean isNamed(CharSequence xml, int at, String name) {
    int n = name.length();
    if (at + n >= xml.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (xml.charAt(at + k) != name.charAt(k)) {
        return false;
      }
    }
    char after = xml.charAt(at + n);
    return after == '>' || after == ' ' || after == '/';
  }

  /**
   * The XML with {@code markup} put at the start of its first paragraph's content (after the
   * paragraph's properties); the XML as it is when it holds no paragraph.
   */
  static String atParagraphStart(String xml, String markup) {
    List<Span> paragraphs = paragraphs(xml, 0, xml.length());
    if (paragraphs.isEmpty()) {
      return xml;
    }
    Span p = paragraphs.get(0);
    int open = tagEnd(xml, p.start());
    if (xml.charAt(open - 1) == '/') {
      return xml.substring(0, p.start()) + "<w:p>" + markup + "</w:p>" + xml.substring(p.end());
    }
    int at = open + 1;
    List<Span> properties = children(xml, at, p.end(), "w:pPr");
    if (!properties.isEmpty() && properties.get(0).start() == at) {
      at = properties.get(0).end();
    }
    return xml.substring(0, at) + markup + xml.substring(at);
  }

  /**
   * The text of each paragraph in {@code [from, to)}, nested ones included, in order: {@code w:t}
   * contents unescaped, line breaks as {@code \n}, tabs as {@code \t}; paragraph and run properties
   * and field codes are not text.
   */
  static List<String> paragraphTexts(CharSequence xml, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (Span p : paragraphs(xml, from, to)) {
      texts.add(text(xml, p.start(), p.end()));
    }
    return texts;
  }

  /** The paragraphs in {@code [from, to)}, nested ones (in a nested table) included. */
  static List<Span> paragraphs(CharSequence xml, int from, int to) {
    List<Span> found = new ArrayList<>();
    int i = from;
    while (true) {
      int open = indexOf(xml, '<', i, to);
      if (open < 0) {
        return found;
      }
      int end = tagEnd(xml, open);
      if (isNamed(xml, open + 1, "w:p")) {
        int close = elementEnd(xml, open);
        found.add(new Span(open, close));
        i = close;
      } else {
        i = end + 1;
      }
    }
  }

  /** The text of the XML in {@code [from, to)}, as {@link #paragraphTexts} reads it. */
  static String text(CharSequence xml, int from, int to) {
    StringBuilder text = new StringBuilder();
    int i = from;
    while (true) {
      int open = indexOf(xml, '<', i, to);
      if (open < 0) {
        return text.toString();
      }
      int end = tagEnd(xml, open);
      if (isNamed(xml, open + 1, "w:pPr")
          || isNamed(xml, open + 1, "w:rPr")
          || isNamed(xml, open + 1, "w:instrText")) {
        i = elementEnd(xml, open);
      } else if (isNamed(xml, open + 1, "w:t") && xml.charAt(end - 1) != '/') {
        int close = indexOf(xml, '<', end + 1, to);
        close = close < 0 ? to : close;
        unescape(xml, end + 1, close, text);
        i = close;
      } else {
        if (isNamed(xml, open + 1, "w:br") || isNamed(xml, open + 1, "w:cr")) {
          text.append('\n');
        } else if (isNamed(xml, open + 1, "w:tab")) {
          text.append('\t');
        }
        i = end + 1;
      }
    }
  }

  /** Appends text as XML escaped it. */
  static void unescape(CharSequence xml, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int end = i;
      while (end < to && xml.charAt(end) != '&') {
        end++;
      }
      if (end > i) {
        out.append(xml, i, end);
        i = end;
        continue;
      }
      int semi = indexOf(xml, ';', i, to);
      if (semi < 0) {
        out.append('&');
        i++;
        continue;
      }
      String entity = xml.subSequence(i + 1, semi).toString();
      switch (entity) {
        case "amp" -> out.append('&');
        case "lt" -> out.append('<');
        case "gt" -> out.append('>');
        case "quot" -> out.append('"');
        case "apos" -> out.append('\'');
        default -> {
          if (entity.startsWith("#x")) {
            out.appendCodePoint(Integer.parseInt(entity.substring(2), 16));
          } else if (entity.startsWith("#")) {
            out.appendCodePoint(Integer.parseInt(entity.substring(1)));
          } else {
            out.append('?');
          }
        }
      }
      i = semi + 1;
    }
  }

  static int indexOf(CharSequence xml, char c, int from, int to) {
    if (xml instanceof String s) {
      int at = s.indexOf(c, from);
      return at >= 0 && at < to ? at : -1;
    }
    for (int i = from; i < to; i++) {
      if (xml.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
