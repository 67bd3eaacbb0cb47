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
 * Refuses every scalar of a document, key or value, whose text holds a character a Word file cannot
 * hold or a terminal cannot show ({@link UnsafeCharacters}). {@link SourceText} has refused those
 * typed as they are; here are the ones written as escapes in double quotes ({@code "2024\e"},
 * {@code "\x01"}, {@code "\uFFFE"}), reported where the escape stands. Every scalar of the tree is
 * looked at, whatever field it belongs to, so no field can let one through.
 */
final class ScalarCharacters {
  private final SourceText source;
  private final Messages messages;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<Node, Boolean> seen = new IdentityHashMap<>();

  private ScalarCharacters(SourceText source, Messages messages) {
    this.source = source;
    this.messages = messages;
  }

  /** The problems of every scalar below {@code root}, in the order of the file. */
  static List<Diagnostic> check(Node root, SourceText source, Messages messages) {
    ScalarCharacters check = new ScalarCharacters(source, messages);
    if (root != null) {
      check.node(root, "");
    }
    return check.problems;
  }

  private void node(Node node, String path) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (node instanceof ScalarNode scalar) {
      scalar(scalar, path);
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        node(seq.getValue().get(i), NodeReader.index(path, i));
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "?";
        node(t.getKeyNode(), path);
        node(t.getValueNode(), NodeReader.join(path, key));
      }
    }
  }

  private void scalar(ScalarNode node, String path) {
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
    Object[] args = Quoting.values(path.isEmpty() ? "…" : path, typed, name);
    problems.add(
        Diagnostic.error(
            escape
                .map(e -> source.position(e.offset()))
                .orElseGet(() -> source.position(source.offset(node.getStartMark()))),
            "yaml.unsafe-escape",
            messages.get("yaml.unsafe-escape", args),
            messages.get("yaml.unsafe-escape.hint", args)));
  }
}
