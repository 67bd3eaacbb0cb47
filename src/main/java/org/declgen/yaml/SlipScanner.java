package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds typing slips line by line, before YAML parses the text: it follows just enough of YAML's
 * layout (keys, list items, {@code {…}} and {@code […]}, quotes, block texts after {@code |},
 * continued plain texts, comments) to know where a key must stand and where a value starts, and
 * looks at the punctuation there ({@link SlipLine}, {@link FlowSlips}). Text inside values, block
 * texts and comments is never touched. When the layout is more than it follows (a quoted text over
 * several lines inside {@code {…}}), it stops and leaves the rest of the file to YAML's own
 * messages.
 */
final class SlipScanner {
  private static final int NONE = Integer.MIN_VALUE;
  private static final char FULL_WIDTH_SPACE = '\u3000';

  private final KnownLabels labels;
  private final List<Slip> slips = new ArrayList<>();
  private final FlowSlips flow = new FlowSlips();
  private List<String> lines;
  private SlipLine line;
  private int blockParent = NONE;
  private int plainParent = NONE;

  /** The label of the plain text {@link #plainParent} continues, until its first continued line. */
  private String continuedLabel;

  private char openQuote;

  SlipScanner(KnownLabels labels) {
    this.labels = labels;
  }

  /** The slips in {@code lines} (without line breaks), in the order they were found. */
  List<Slip> scan(List<String> lines) {
    this.lines = lines;
    for (int i = 0; i < lines.size() && !flow.lost(); i++) {
      line = new SlipLine(labels, i, lines.get(i), slips);
      line();
    }
    return slips;
  }

  private void line() {
    int indent = line.skipSpaces(0);
    boolean blank = indent >= line.end;
    if (blockParent != NONE) {
      if (blank || indent > blockParent) {
        return;
      }
      blockParent = NONE;
    }
    if (openQuote != 0) {
      if (line.closeQuote(0, openQuote) >= 0) {
        openQuote = 0;
      }
      return;
    }
    if (blank || line.at(indent) == '#' || line.at(indent) == '\t') {
      return;
    }
    if (flow.isOpen()) {
      flow.scan(line, indent);
      return;
    }
    if (plainParent != NONE) {
      if (indent > plainParent) {
        continuedLine(indent);
        return;
      }
      plainParent = NONE;
      continuedLabel = null;
    }
    if (line.at(indent) == FULL_WIDTH_SPACE) {
      fullWidthIndent(indent);
      return;
    }
    String s = line.s;
    if (indent == 0 && (s.startsWith("---") || s.startsWith("...") || s.charAt(0) == '%')) {
      return;
    }
    node(indent, indent - 1);
  }

  /**
   * A full-width space typed with a Chinese input method in a line's indentation: YAML takes it for
   * text, so the line ends its group and YAML complains a line later. The clerk pressed the space
   * bar once per full-width space, yet each looks two spaces wide; whichever of the two lines the
   * line up with the line above or below is read, else its width on screen.
   */
  private void fullWidthIndent(int from) {
    int p = from;
    int pressed = from;
    int wide = from;
    while (p < line.end && (line.at(p) == ' ' || line.at(p) == FULL_WIDTH_SPACE)) {
      pressed++;
      wide += line.at(p) == FULL_WIDTH_SPACE ? 2 : 1;
      p++;
    }
    int indent = alignsWithNeighbour(pressed) ? pressed : wide;
    line.add(
        new Slip(SlipKind.FULL_WIDTH_INDENT, line.no, from)
            .with(Edit.replace(line.no, from, p, " ".repeat(indent - from))));
    if (p < line.end && line.at(p) != '#') {
      node(p, indent - 1);
    }
  }

  /** Whether the nearest line with content above or below this one is indented by {@code n}. */
  private boolean alignsWithNeighbour(int n) {
    return indentOfContent(line.no - 1, -1) == n || indentOfContent(line.no + 1, 1) == n;
  }

  private int indentOfContent(int from, int step) {
    for (int i = from; i >= 0 && i < lines.size(); i += step) {
      String l = lines.get(i);
      int indent = 0;
      while (indent < l.length() && l.charAt(indent) == ' ') {
        indent++;
      }
      if (indent < l.length() && l.charAt(indent) != '#') {
        return indent;
      }
    }
    return -1;
  }

  /** Block content at {@code at}: list markers, then a key, a text or a {@code {…}}. */
  private void node(int at, int parent) {
    int p = at;
    int owner = parent;
    while (p < line.end && line.at(p) == '-' && (p + 1 == line.end || line.at(p + 1) == ' ')) {
      owner = p;
      p = line.skipSpaces(p + 1);
    }
    if (p >= line.end || line.at(p) == '#') {
      return;
    }
    char c = line.at(p);
    if (c == '{' || c == '[' || line.opensFullWidthMapping(p)) {
      flow.scan(line, p);
    } else if (c == '"' || c == '\'') {
      quotedKey(p);
    } else if (c == '|' || c == '>') {
      if (SlipLine.BLOCK_HEADER.matcher(line.s.substring(p)).matches()) {
        blockParent = owner;
      }
    } else {
      key(p, owner);
    }
  }

  private void quotedKey(int p) {
    int q = line.closeQuote(p + 1, line.at(p));
    if (q < 0) {
      openQuote = line.at(p);
      return;
    }
    int r = line.skipSpaces(q + 1);
    if (r < line.end && line.at(r) == ':' && (r + 1 == line.end || line.at(r + 1) == ' ')) {
      value(r + 1, p, line.s.substring(p + 1, q));
    }
  }

  private void key(int p, int owner) {
    SlipLine.Colons c = line.colons(p, line.contentEnd(p), false);
    int valueAt = line.keySlip(p, c);
    if (valueAt >= 0) {
      value(valueAt, p, line.s.substring(p, valueAt - 1).strip());
    } else if (c.ascii() >= 0) {
      value(c.ascii() + 1, p, line.s.substring(p, c.ascii()).strip());
    } else {
      plainParent = owner;
      continuedLabel = null;
    }
  }

  /**
   * A line that continues a key's plain text: the clerk pressed Enter inside it, and YAML joins the
   * lines with a space into one paragraph. Said once per text, at its first continued line; a line
   * with a key on it is left to YAML's own error.
   */
  private void continuedLine(int indent) {
    String content = line.s.substring(indent, line.contentEnd(indent));
    if (continuedLabel == null || content.contains(": ") || content.endsWith(":")) {
      return;
    }
    line.add(new Slip(SlipKind.CONTINUED_TEXT, line.no, indent, continuedLabel));
    continuedLabel = null;
  }

  /** The value of a block key, from {@code from}; {@code keyColumn} is where its key starts. */
  private void value(int from, int keyColumn, String label) {
    int v = line.skipSpaces(from);
    if (v >= line.end || line.at(v) == '#') {
      return;
    }
    char c = line.at(v);
    int stop = line.contentEnd(v);
    boolean known = labels.isKnown(label);
    if (c == '|' || c == '>') {
      if (SlipLine.BLOCK_HEADER.matcher(line.s.substring(v)).matches()) {
        blockHeader(label, v, stop, keyColumn);
      }
    } else if (c == '{' || c == '[' || line.opensFullWidthMapping(v)) {
      flow.scan(line, v);
    } else if (c == '"' || c == '\'') {
      openQuote = line.closeQuote(v + 1, c) < 0 ? c : 0;
    } else if (line.emptyFullWidthPair(v, stop)) {
      return;
    } else if (known && line.readAsYamlSign(v)) {
      line.quote(label, v, stop, List.of());
    } else {
      if (known) {
        line.curlyQuotes(label, v, stop);
      }
      plainParent = keyColumn;
      continuedLabel = stop == line.trimEnd(line.end) ? label : null;
    }
  }

  /**
   * {@code |} or {@code >} starting a block text; {@code 指标值: >1}, a header with nothing below it,
   * reads as an empty text, so a known label's is reported.
   */
  private void blockHeader(String label, int v, int stop, int keyColumn) {
    String header = line.s.substring(v, stop);
    if (labels.isKnown(label) && header.length() > 1 && !deeperLineFollows(keyColumn)) {
      line.add(
          new Slip(SlipKind.EMPTY_BLOCK, line.no, v, label, header)
              .with(Edit.replace(line.no, v, stop, YamlText.quoted(header))));
    } else {
      blockParent = keyColumn;
    }
  }

  private boolean deeperLineFollows(int column) {
    for (int i = line.no + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.isBlank()) {
        return l.length() - l.stripLeading().length() > column;
      }
    }
    return false;
  }
}
