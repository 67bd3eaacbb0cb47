package org.declgen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML → JSON tree the way an editor's YAML extension sees it: numbers as numbers, ~ as null,
 * everything else as text. Only plain decimals become numbers (as the loader reads amounts).
 */
final class YamlJson {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

  private YamlJson() {}

  static Node compose(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
  }

  static JsonNode toJson(Node node) {
    if (node instanceof MappingNode m) {
      ObjectNode o = F.objectNode();
      for (NodeTuple t : m.getValue()) {
        o.set(((ScalarNode) t.getKeyNode()).getValue(), toJson(t.getValueNode()));
      }
      return o;
    }
    if (node instanceof SequenceNode s) {
      ArrayNode a = F.arrayNode();
      s.getValue().forEach(n -> a.add(toJson(n)));
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return F.nullNode();
    }
    if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && DECIMAL.matcher(s.getValue()).matches()) {
      return F.numberNode(new BigDecimal(s.getValue()));
    }
    if (tag.equals(Tag.BOOL)) {
      return F.booleanNode(Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT)));
    }
    return F.textNode(s.getValue());
  }
}
