package org.declgen.form;

import java.util.List;
import java.util.Map;
import org.declgen.internal.JsonText;

/**
 * Writes a tree of maps, lists, strings and booleans as indented JSON, two spaces a level, one
 * member or element a line, non-ASCII text as is: the layout of the committed schema file.
 */
final class Json {
  private final StringBuilder out = new StringBuilder(16 * 1024);

  private Json() {}

  static String write(Object value) {
    Json json = new Json();
    json.value(value, "");
    return json.out.append('\n').toString();
  }

  private void value(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      object(map, indent);
    } else if (value instanceof List<?> list) {
      array(list, indent);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else {
      out.append(JsonText.quote(value.toString()));
    }
  }

  private void object(Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    String inner = indent + "  ";
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(inner);
      out.append(JsonText.quote(e.getKey().toString()));
      out.append(": ");
      value(e.getValue(), inner);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private void array(List<?> list, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    String inner = indent + "  ";
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      value(list.get(i), inner);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }
}
