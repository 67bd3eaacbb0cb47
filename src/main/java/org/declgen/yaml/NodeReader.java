package org.declgen.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.Quoting;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to SnakeYAML nodes that records every value's position and collects diagnostics
 * instead of throwing, so one run reports every problem in a file.
 */
final class NodeReader {
  /** Errors listed for one file; the rest are counted (see {@link #diagnostics}). */
  static final int MAX_REPORTED = 100;

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

  /** A key and its value node, in file order. */
  record Entry(String key, ScalarNode keyNode, Node value) {}

  private final String file;
  private final Messages messages;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Diagnostic firstUnlisted;
  private int unlisted;
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
  private final Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();

  /** For fmt, the text read: its plain texts continued over lines keep their lines. */
  private final SourceText keepingLinesOf;

  NodeReader(String file, Messages messages) {
    this(file, messages, null);
  }

  NodeReader(String file, Messages messages, SourceText keepingLinesOf) {
    this.file = file;
    this.messages = messages;
    this.keepingLinesOf = keepingLinesOf;
  }

  /**
   * Every diagnostic found, or the first {@link #MAX_REPORTED} and, at the place of the next one,
   * how many more there are: a file of a hundred thousand mistakes gets a short answer.
   */
  List<Diagnostic> diagnostics() {
    if (unlisted == 0) {
      return diagnostics;
    }
    List<Diagnostic> listed = new ArrayList<>(diagnostics);
    listed.add(
        Diagnostic.error(
            firstUnlisted.position(),
            "yaml.more-errors",
            messages.get("yaml.more-errors", unlisted),
            messages.get("yaml.more-errors.hint")));
    return listed;
  }

  void add(Diagnostic d) {
    if (diagnostics.size() < MAX_REPORTED) {
      diagnostics.add(d);
    } else if (unlisted++ == 0) {
      firstUnlisted = d;
    }
  }

  SourceMap sourceMap() {
    return new SourceMap(file, positions, keyPositions);
  }

  SourcePosition at(Node node) {
    return new SourcePosition(
        file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  /** Records an error at {@code node}; the user's values among {@code args} are quoted safely. */
  void error(Node node, String key, String hintKey, Object... args) {
    Object[] shown = Quoting.values(args);
    add(
        Diagnostic.error(
            at(node),
            key,
            messages.get(key, shown),
            hintKey == null ? "" : messages.get(hintKey, shown)));
  }

  void record(KeyPath path, Node node) {
    positions.put(path.toString(), at(node));
  }

  /** A place as a clerk reads it, for a message ({@code 年度重点工作任务 第1项 › 名称}). */
  String shown(KeyPath path) {
    return path.shown(messages);
  }

  boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  /** Rejects tags other than YAML's plain ones; true when the node may be used. */
  boolean acceptTag(Node node, KeyPath path) {
    if (PLAIN_TAGS.contains(node.getTag())) {
      return true;
    }
    error(node, "yaml.tag", "yaml.tag.hint", shown(path), node.getTag().getValue());
    return false;
  }

  /**
   * The entries of a mapping in file order. Duplicate keys, keys that are not plain text and, when
   * {@code allowed} is given, unknown keys are reported and left out.
   */
  Map<String, Entry> entries(MappingNode mapping, KeyPath path, Collection<String> allowed) {
    Map<String, Entry> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        error(keyNode, "yaml.merge-key", "yaml.merge-key.hint", shown(path));
        continue;
      }
      if (!(keyNode instanceof ScalarNode scalarKey) || !acceptTag(keyNode, path)) {
        if (!(keyNode instanceof ScalarNode)) {
          error(keyNode, "yaml.key-not-text", null, shown(path));
        }
        continue;
      }
      String key = scalarKey.getValue().strip();
      KeyPath keyPath = path.key(key);
      if (result.containsKey(key)) {
        SourcePosition first = at(result.get(key).keyNode());
        error(
            keyNode, "yaml.duplicate-key", "yaml.duplicate-key.hint", shown(keyPath), first.line());
        continue;
      }
      if (allowed != null && !allowed.contains(key)) {
        unknownKey(scalarKey, keyPath, key, allowed);
        continue;
      }
      result.put(key, new Entry(key, scalarKey, tuple.getValueNode()));
      record(keyPath, tuple.getValueNode());
      keyPositions.put(keyPath.toString(), at(scalarKey));
    }
    return result;
  }

  private void unknownKey(
      ScalarNode keyNode, KeyPath keyPath, String key, Collection<String> allowed) {
    String hint =
        Suggestions.closest(key, allowed)
            .map(s -> messages.get("yaml.unknown-key.did-you-mean", s))
            .orElse(messages.get("yaml.unknown-key.allowed", messages.list(allowed)));
    add(
        Diagnostic.error(
            at(keyNode),
            "yaml.unknown-key",
            messages.get("yaml.unknown-key", Quoting.value(shown(keyPath))),
            hint));
  }

  MappingNode mapping(Node node, KeyPath path) {
    if (!acceptTag(node, path)) {
      return null;
    }
    if (node instanceof MappingNode m) {
      return m;
    }
    error(node, "yaml.expected-mapping", "yaml.expected-mapping.hint", shown(path));
    return null;
  }

  SequenceNode sequence(Node node, KeyPath path) {
    if (!acceptTag(node, path)) {
      return null;
    }
    if (node instanceof SequenceNode s) {
      return s;
    }
    error(node, "yaml.expected-list", "yaml.expected-list.hint", shown(path));
    return null;
  }

  /** A scalar's text exactly as written (quotes and block indicators removed), or null if blank. */
  String text(Node node, KeyPath path) {
    return text(node, path, false);
  }

  /**
   * A long text (Markdown-light, one paragraph per line), as {@link #text}; for fmt, a plain text
   * continued over lines keeps the lines as typed, where YAML joins them with a space.
   */
  String longText(Node node, KeyPath path) {
    return text(node, path, true);
  }

  private String text(Node node, KeyPath path, boolean lines) {
    boolean mergeLookalike = node instanceof ScalarNode && node.getTag().equals(Tag.MERGE);
    if (!mergeLookalike && !acceptTag(node, path)) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      error(node, "yaml.expected-text", "yaml.expected-text.hint", shown(path));
      return null;
    }
    if (isNull(node)) {
      return null;
    }
    String value = scalar.getValue();
    if (keepingLinesOf != null && ContinuedText.isContinued(scalar)) {
      if (!lines) {
        refuseContinued(scalar, path);
        return null;
      }
      value = ContinuedText.asTyped(scalar, keepingLinesOf);
    }
    if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
        || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
      value = value.stripTrailing();
    }
    return BlankText.printsNothing(value) ? null : value;
  }

  /**
   * A one-line text continued over lines: fmt would make YAML's join permanent, and which way to
   * join the lines is the clerk's to decide.
   */
  private void refuseContinued(ScalarNode scalar, KeyPath path) {
    Object[] shown = Quoting.values(shown(path));
    add(
        Diagnostic.error(
            ContinuedText.continuedAt(scalar, keepingLinesOf),
            "yaml.fmt.continued",
            messages.get("yaml.fmt.continued", shown),
            messages.get("yaml.fmt.continued.hint", shown)));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
