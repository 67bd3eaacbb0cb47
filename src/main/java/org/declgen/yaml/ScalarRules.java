package org.declgen.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.Quoting;
import org.declgen.diag.UnsafeCharacters;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What every scalar of a document, key or value, must be, whatever field it belongs to, so no field
 * can let a bad one through:
 *
 * <ul>
 *   <li>free of characters a Word file cannot hold or a terminal cannot show ({@link
 *       UnsafeCharacters}). {@link SourceText} has refused those typed as they are; here are the
 *       ones written as escapes in double quotes ({@code "2024\e"}, {@code "\x01"}, {@code
 *       "\uFFFE"}), reported where the escape stands;
 *   <li>at most {@link #MAX_VALUE} characters long, a key at most {@link #MAX_KEY}: what loads can
 *       always be written back within {@link SourceText#MAX_LINE} (three values of an indicator
 *       share a line, each escape takes two characters), and a key as YAML reads keys.
 * </ul>
 */
final class ScalarRules {
  /**
   * The longest value, in characters: more than a cell of the printed form holds (a page of A4 is
   * about 2,000 Chinese characters), and as long as the longest cell import reads.
   */
  static final int MAX_VALUE = 20_000;

  /** The longest key; keys are labels (一级 and 二级 names), and YAML reads keys up to 1,024. */
  static final int MAX_KEY = 1_000;

  private final SourceText source;
  private final Messages messages;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<Node, Boolean> seen = new IdentityHashMap<>();

  private ScalarRules(SourceText source, Messages messages) {
    this.source = source;
    this.messages = messages;
  }

  /** The problems of every scalar below {@code root}, in the order of the file. */
  static List<Diagnostic> check(Node root, SourceText source, Messages messages) {
    ScalarRules check = new ScalarRules(source, messages);
    if (root != null) {
      check.node(root, KeyPath.ROOT);
    }
    return check.problems;
  }

  private void node(Node node, KeyPath path) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (node instanceof ScalarNode scalar) {
      scalar(scalar, path);
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        node(seq.getValue().get(i), path.item(i));
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key && seen.put(key, Boolean.TRUE) == null) {
          length(key, path, MAX_KEY, "yaml.key-too-long");
          characters(key, path);
        } else {
          node(t.getKeyNode(), path);
        }
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "?";
        node(t.getValueNode(), path.key(key));
      }
    }
  }

  private void scalar(ScalarNode node, KeyPath path) {
    length(node, path, MAX_VALUE, "yaml.value-too-long");
    characters(node, path);
  }

  private void length(ScalarNode node, KeyPath path, int max, String key) {
    String value = node.getValue();
    if (value.length() <= max
        || value.codePointCount(0, value.length()) <= max
        || problems.size() >= NodeReader.MAX_REPORTED) {
      return;
    }
    Object[] args = Quoting.values(shown(path), max);
    problems.add(
        Diagnostic.error(
            source.position(source.offset(node.getStartMark())),
            key,
            messages.get(key, args),
            messages.get(key + ".hint", args)));
  }

  private void characters(ScalarNode node, KeyPath path) {
    String value = node.getValue();
    int at = UnsafeCharacters.indexOfUnsafe(value);
    if (at < 0 || problems.size() >= NodeReader.MAX_REPORTED) {
      return;
    }
    int c = value.codePointAt(at);
    Optional<Escape> escape =
        node.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
            ? Escape.find(source.text(), source.offset(node.getStartMark()), c)
            : Optional.empty();
    String name = UnsafeCharacters.name(c);
    String typed = escape.map(Escape::typed).orElse(UnsafeCharacters.escape(c));
    Object[] args = Quoting.values(shown(path), typed, name);
    problems.add(
        Diagnostic.error(
            escape
                .map(e -> source.position(e.offset()))
                .orElseGet(() -> source.position(source.offset(node.getStartMark()))),
            "yaml.unsafe-escape",
            messages.get("yaml.unsafe-escape", args),
            messages.get("yaml.unsafe-escape.hint", args)));
  }

  private String shown(KeyPath path) {
    return path.isRoot() ? "…" : path.shown(messages);
  }
}
