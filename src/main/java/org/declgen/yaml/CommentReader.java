package org.declgen.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Finds a declaration's comments with SnakeYAML's own comment events (so a {@code #} inside a text
 * or a {@code |} block is never taken for one) and places each by the key or list item on its line
 * or, for a comment on a line of its own, on the next line that has one.
 */
final class CommentReader {
  private static final Pattern SCHEMA =
      Pattern.compile("\\s*yaml-language-server:\\s*\\$schema=(.*)");

  private CommentReader() {}

  /**
   * @param text the text that was read (slips corrected: the same lines as typed)
   * @param sourceMap where the read file's keys and list items stand
   */
  static Comments read(String text, SourceMap sourceMap) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(true);
    options.setCodePointLimit(YamlComposer.MAX_CODE_POINTS);
    Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    TreeMap<Integer, String> owners = owners(sourceMap);
    List<String> head = new ArrayList<>();
    Map<String, List<String>> above = new LinkedHashMap<>();
    Map<String, String> beside = new LinkedHashMap<>();
    List<String> tail = new ArrayList<>();
    String schema = null;
    while (!parser.checkEvent(Event.ID.StreamEnd)) {
      if (!(parser.getEvent() instanceof CommentEvent c)
          || c.getCommentType() == CommentType.BLANK_LINE) {
        continue;
      }
      int line = c.getStartMark().getLine() + 1;
      String here = owners.get(line);
      if (c.getCommentType() == CommentType.IN_LINE && here != null && !beside.containsKey(here)) {
        beside.put(here, c.getValue());
        continue;
      }
      Matcher m = SCHEMA.matcher(c.getValue());
      if (schema == null && m.matches()) {
        schema = m.group(1).strip();
        continue;
      }
      Map.Entry<Integer, String> next = owners.ceilingEntry(line + 1);
      if (next == null) {
        tail.add(c.getValue());
      } else if (next.getKey().equals(owners.firstKey())) {
        head.add(c.getValue());
      } else {
        above.computeIfAbsent(next.getValue(), k -> new ArrayList<>()).add(c.getValue());
      }
    }
    return new Comments(head, above, beside, tail, schema);
  }

  /** Line → the key or list item that a comment on it belongs to: the outermost on the line. */
  private static TreeMap<Integer, String> owners(SourceMap sourceMap) {
    TreeMap<Integer, String> owners = new TreeMap<>();
    Map<Integer, Integer> depth = new TreeMap<>();
    Map<Integer, Integer> column = new TreeMap<>();
    sourceMap.places(
        (path, at) -> {
          int d = depth(path);
          Integer best = depth.get(at.line());
          if (best == null
              || d < best
              || d == best && at.column() < column.getOrDefault(at.line(), Integer.MAX_VALUE)) {
            owners.put(at.line(), path);
            depth.put(at.line(), d);
            column.put(at.line(), at.column());
          }
        });
    return owners;
  }

  private static int depth(String path) {
    return (int) path.chars().filter(ch -> ch == '.' || ch == '[').count();
  }
}
