package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A plain text the clerk continued on the next lines, pressing Enter inside it without writing
 * {@code |}: YAML joins the lines into one paragraph with a space. {@code fmt} keeps the lines as
 * they were typed instead, so that writing the text again does not make the join permanent.
 */
final class ContinuedText {
  private ContinuedText() {}

  static boolean isContinued(Node node) {
    return node instanceof ScalarNode s
        && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && s.getEndMark().getLine() > s.getStartMark().getLine();
  }

  /** The text's lines as typed, each without its indentation and trailing blanks. */
  static String asTyped(ScalarNode node, SourceText source) {
    int first = node.getStartMark().getLine();
    int last = node.getEndMark().getLine();
    List<String> lines = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      String l = source.line(i);
      int start = source.lineStart(i);
      int from = i == first ? source.offset(node.getStartMark()) - start : 0;
      int to = i == last ? source.offset(node.getEndMark()) - start : l.length();
      lines.add(trimBlanks(l.substring(from, to)));
    }
    return String.join("\n", lines);
  }

  /** Where the first continued line's text starts. */
  static SourcePosition continuedAt(ScalarNode node, SourceText source) {
    for (int i = node.getStartMark().getLine() + 1; i <= node.getEndMark().getLine(); i++) {
      String l = source.line(i);
      int p = 0;
      while (p < l.length() && (l.charAt(p) == ' ' || l.charAt(p) == '\t')) {
        p++;
      }
      if (p < l.length()) {
        return source.position(source.lineStart(i) + p);
      }
    }
    return source.position(source.offset(node.getStartMark()));
  }

  /** Without YAML's blanks (spaces and tabs) at both ends; a full-width space is text. */
  private static String trimBlanks(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }
}
