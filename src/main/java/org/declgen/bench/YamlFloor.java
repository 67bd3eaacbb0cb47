package org.declgen.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The floor of {@code check} and the textconv of YAML, as a process of its own: {@code YamlFloor
 * FILE} reads the declaration into SnakeYAML's node tree, as declgen does, and prints how many
 * values it holds; nothing is checked or rendered. Started by the benchmark with a class-data
 * archive of its own, as declgen's commands have theirs.
 */
public final class YamlFloor {
  private YamlFloor() {}

  public static void main(String[] args) throws IOException {
    System.out.println(args[0] + ": " + values(Path.of(args[0])) + " values");
  }

  /** Reads a YAML file into SnakeYAML's node tree and counts the values (keys too) it holds. */
  static int values(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    LoaderOptions options = new LoaderOptions();
    Node root =
        new Composer(
                new ParserImpl(new StreamReader(new StringReader(text)), options),
                new Resolver(),
                options)
            .getSingleNode();
    return scalars(root);
  }

  private static int scalars(Node node) {
    if (node instanceof ScalarNode) {
      return 1;
    }
    int n = 0;
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        n += scalars(t.getKeyNode()) + scalars(t.getValueNode());
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) {
        n += scalars(item);
      }
    }
    return n;
  }
}
