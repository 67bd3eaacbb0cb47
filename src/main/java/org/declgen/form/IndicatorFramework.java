package org.declgen.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard 一级 → 二级 indicator labels of one template, in the form's order, as its {@code
 * template.properties} declares them ({@code framework.1=产出指标：数量指标、质量指标、时效指标}).
 *
 * @param id the template the framework belongs to, as messages name it
 * @param levels 一级 label → its 二级 labels, in the form's order
 */
public record IndicatorFramework(String id, Map<String, List<String>> levels) {
  public IndicatorFramework {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    levels = Collections.unmodifiableMap(copy);
  }

  public List<String> level1() {
    return List.copyOf(levels.keySet());
  }

  public List<String> level2(String level1) {
    return levels.getOrDefault(level1, List.of());
  }

  /** Every 二级 label of this framework, in order. */
  public Set<String> allLevel2() {
    Set<String> all = new LinkedHashSet<>();
    levels.values().forEach(all::addAll);
    return all;
  }
}
