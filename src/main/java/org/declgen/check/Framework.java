package org.declgen.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard 一级 → 二级 indicator labels of one version of the form.
 *
 * @param id the template id the framework belongs to
 * @param levels 一级 label → its 二级 labels, in the form's order
 */
public record Framework(String id, Map<String, List<String>> levels) {
  /** 财预〔2021〕101号 style, as the Guangzhou district form uses it: 成本指标 is a 一级. */
  public static final Framework GZ_DISTRICT =
      new Framework(
          "gz-district",
          ordered(
              "产出指标", List.of("数量指标", "质量指标", "时效指标"),
              "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标"),
              "满意度指标", List.of("服务对象满意度指标"),
              "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标")));

  /** 财预〔2015〕88号 style, as the Guangdong municipal form uses it: 成本指标 is a 二级 of 产出. */
  public static final Framework GD_MUNICIPAL =
      new Framework(
          "gd-municipal",
          ordered(
              "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
              "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
              "满意度指标", List.of("服务对象满意度指标")));

  public static final List<Framework> ALL = List.of(GZ_DISTRICT, GD_MUNICIPAL);

  public Framework {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    levels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    levels = Collections.unmodifiableMap(copy);
  }

  public static Optional<Framework> find(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return ALL.stream().map(Framework::id).toList();
  }

  public List<String> level1() {
    return List.copyOf(levels.keySet());
  }

  public List<String> level2(String level1) {
    return levels.getOrDefault(level1, List.of());
  }

  /** Every 二级 label with the 一级 it belongs to. */
  public Map<String, String> parentOf() {
    Map<String, String> parents = new LinkedHashMap<>();
    levels.forEach((l1, subs) -> subs.forEach(s -> parents.put(s, l1)));
    return parents;
  }

  private static Map<String, List<String>> ordered(Object... pairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>(List.of(pairs));
    for (int i = 0; i < list.size(); i += 2) {
      @SuppressWarnings("unchecked")
      List<String> subs = (List<String>) list.get(i + 1);
      map.put((String) list.get(i), subs);
    }
    return map;
  }
}
