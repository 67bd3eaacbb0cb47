package org.declgen.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A small YAML file other than a declaration (a settings file), read with the same parser, limits,
 * character rules and messages as declarations: every value keeps its line and column, and problems
 * are collected as positioned diagnostics instead of thrown one by one.
 */
public final class YamlTree {
  private final NodeReader nodes;
  private final Node root;

  private YamlTree(NodeReader nodes, Node root) {
    this.nodes = nodes;
    this.root = root;
  }

  /**
   * Parses a file's bytes (strict UTF-8).
   *
   * @throws DiagnosticException when the text is not YAML at all
   */
  public static YamlTree parse(String file, byte[] bytes, Messages messages)
      throws DiagnosticException {
    String text = Utf8Text.decode(file, bytes, messages);
    SourceText source = SourceText.scan(file, text, messages);
    Node root = new YamlComposer(messages).compose(file, source);
    NodeReader nodes = new NodeReader(file, messages);
    ScalarRules.check(root, source, messages).forEach(nodes::add);
    return new YamlTree(nodes, root);
  }

  /** The top-level mapping; empty for an empty file, or (reported) when the top is no mapping. */
  public Optional<Mapping> root() {
    if (root == null || nodes.isNull(root)) {
      return Optional.empty();
    }
    return Optional.ofNullable(nodes.mapping(root, KeyPath.ROOT))
        .map(m -> new Mapping(m, KeyPath.ROOT));
  }

  /** Every problem found so far, in file order of discovery. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(nodes.diagnostics());
  }

  /** Adds a problem found by the caller (a value that is not allowed, say). */
  public void report(Diagnostic diagnostic) {
    nodes.add(diagnostic);
  }

  /** A mapping of the file. */
  public final class Mapping {
    private final MappingNode node;
    private final KeyPath path;

    private Mapping(MappingNode node, KeyPath path) {
      this.node = node;
      this.path = path;
    }

    /**
     * The entries in file order; duplicate keys and (when {@code allowed} is given) unknown keys
     * are reported, with the nearest allowed key as a hint, and left out.
     */
    public List<Value> entries(Collection<String> allowed) {
      List<Value> values = new ArrayList<>();
      for (NodeReader.Entry e : nodes.entries(node, path, allowed).values()) {
        values.add(new Value(e, path.key(e.key())));
      }
      return values;
    }
  }

  /** A value under a key. */
  public final class Value {
    private final NodeReader.Entry entry;
    private final KeyPath path;

    private Value(NodeReader.Entry entry, KeyPath path) {
      this.entry = entry;
      this.path = path;
    }

    public String key() {
      return entry.key();
    }

    /** The key path, {@code 检查.规则}. */
    public String path() {
      return path.toString();
    }

    /** Where the value stands. */
    public SourcePosition position() {
      return nodes.at(entry.value());
    }

    /** Where its key stands. */
    public SourcePosition keyPosition() {
      return nodes.at(entry.keyNode());
    }

    /** The scalar's text as written; null for {@code ~} or blank, and (reported) for no scalar. */
    public String text() {
      return nodes.text(entry.value(), path);
    }

    /** The value as a mapping; empty for {@code ~}, and (reported) for anything else. */
    public Optional<Mapping> mapping() {
      if (nodes.isNull(entry.value())) {
        return Optional.empty();
      }
      return Optional.ofNullable(nodes.mapping(entry.value(), path)).map(m -> new Mapping(m, path));
    }
  }
}
