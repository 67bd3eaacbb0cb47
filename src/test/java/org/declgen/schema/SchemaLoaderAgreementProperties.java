package org.declgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The schema (what the editor says) and the loader (what declgen does) accept and reject the same
 * documents: valid generated ones, and ones mutated by dropping or renaming a key, giving a value
 * of the wrong type, or an amount with letters.
 */
class SchemaLoaderAgreementProperties {
  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  @Property(tries = 150)
  void schemaAndLoaderAgree(
      @ForAll("declarations") Declaration d, @ForAll("mutations") int mutation, @ForAll long seed) {
    Node root = YamlJson.compose(DeclarationWriter.write(d));
    mutate(root, mutation, new Random(seed));
    String yaml = serialize(root);
    boolean schemaAccepts = DeclarationSchema.validateYaml(yaml).isEmpty();
    boolean loaderAccepts = loads(yaml);
    assertThat(schemaAccepts).as("mutation %d of:%n%s", mutation, yaml).isEqualTo(loaderAccepts);
  }

  @Provide
  Arbitrary<Integer> mutations() {
    return Arbitraries.integers().between(0, 5);
  }

  private static boolean loads(String yaml) {
    try {
      Samples.parse("x.yaml", yaml);
      return true;
    } catch (DiagnosticException e) {
      return false;
    }
  }

  /**
   * 0 none, 1 drop a key, 2 rename a key, 3 scalar → list, 4 node → text, 5 amount with letters.
   */
  private static void mutate(Node root, int mutation, Random random) {
    List<NodeTuple[]> tuples = new ArrayList<>();
    List<MappingNode> owners = new ArrayList<>();
    collect(root, tuples, owners);
    if (mutation == 0 || tuples.isEmpty()) {
      return;
    }
    int i = random.nextInt(tuples.size());
    MappingNode owner = owners.get(i);
    NodeTuple t = tuples.get(i)[0];
    int at = owner.getValue().indexOf(t);
    Node key = t.getKeyNode();
    switch (mutation) {
      case 1 -> owner.getValue().remove(at);
      case 2 ->
          owner
              .getValue()
              .set(
                  at, new NodeTuple(scalar(((ScalarNode) key).getValue() + "X"), t.getValueNode()));
      case 3 ->
          owner
              .getValue()
              .set(
                  at,
                  new NodeTuple(
                      key,
                      new SequenceNode(
                          Tag.SEQ, List.of(scalar("a")), DumperOptions.FlowStyle.FLOW)));
      case 4 -> owner.getValue().set(at, new NodeTuple(key, scalar("文字")));
      default -> owner.getValue().set(at, new NodeTuple(key, scalar("12" + "万元")));
    }
  }

  private static void collect(Node node, List<NodeTuple[]> tuples, List<MappingNode> owners) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        tuples.add(new NodeTuple[] {t});
        owners.add(m);
        collect(t.getValueNode(), tuples, owners);
      }
    } else if (node instanceof SequenceNode s) {
      s.getValue().forEach(n -> collect(n, tuples, owners));
    }
  }

  private static ScalarNode scalar(String text) {
    return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
  }

  private static String serialize(Node root) {
    StringWriter out = new StringWriter();
    new Yaml().serialize(root, out);
    return out.toString();
  }
}
