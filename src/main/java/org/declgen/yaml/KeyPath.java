package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.Messages;

/**
 * Where a value stands in a document: the keys and list items leading to it. {@link #toString}
 * names it as {@link SourceMap} does ({@code 年度重点工作任务[0].名称}); {@link #shown} as a clerk reads and
 * counts ({@code 年度重点工作任务 第1项 › 名称}), as the check rules' messages name places.
 */
final class KeyPath {
  static final KeyPath ROOT = new KeyPath(List.of());

  private static final String SEPARATOR = " › ";

  /** A key ({@link String}) or a list item's index from 0 ({@link Integer}) per step. */
  private final List<Object> steps;

  private KeyPath(List<Object> steps) {
    this.steps = steps;
  }

  KeyPath key(String key) {
    return then(key);
  }

  KeyPath item(int index) {
    return then(index);
  }

  private KeyPath then(Object step) {
    List<Object> more = new ArrayList<>(steps);
    more.add(step);
    return new KeyPath(List.copyOf(more));
  }

  boolean isRoot() {
    return steps.isEmpty();
  }

  /** The place as a clerk counts: items from 1, each named with the list it belongs to. */
  String shown(Messages messages) {
    List<String> parts = new ArrayList<>();
    for (Object step : steps) {
      if (step instanceof Integer i) {
        String list = parts.isEmpty() ? "" : parts.remove(parts.size() - 1);
        parts.add(messages.get("yaml.path.item", list, String.valueOf(i + 1)).strip());
      } else {
        parts.add((String) step);
      }
    }
    return String.join(SEPARATOR, parts);
  }

  @Override
  public String toString() {
    String path = "";
    for (Object step : steps) {
      path =
          step instanceof Integer i
              ? NodeReader.index(path, i)
              : NodeReader.join(path, (String) step);
    }
    return path;
  }
}
