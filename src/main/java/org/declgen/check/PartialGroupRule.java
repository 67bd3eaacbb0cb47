package org.declgen.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of amounts (部门预算支出, 收入来源 …) with some amounts filled and some blank: its 合计 prints blank
 * and the balances that need the blank one are not checked, so a forgotten amount would pass
 * unnoticed. Reported at each blank amount.
 */
final class PartialGroupRule implements Rule {
  private static final String SEPARATOR = " › ";

  @Override
  public String id() {
    return "amount.partial-group";
  }

  @Override
  public void check(CheckContext ctx) {
    for (List<FormAmounts> group : groups(FormAmounts.of(ctx.declaration()))) {
      List<String> filled =
          group.stream().filter(a -> !a.amount().isBlank()).map(PartialGroupRule::item).toList();
      if (filled.isEmpty() || filled.size() == group.size()) {
        continue;
      }
      for (FormAmounts blank : group) {
        if (blank.amount().isBlank()) {
          ctx.report(
              this, blank.path(), null, groupLabel(blank), item(blank), String.join("、", filled));
        }
      }
    }
  }

  /**
   * The amounts grouped by the group they stand in (by key path, so two tasks of the same name stay
   * apart), in the form's order.
   */
  private static List<List<FormAmounts>> groups(List<FormAmounts> all) {
    Map<String, List<FormAmounts>> byGroup = new LinkedHashMap<>();
    for (FormAmounts a : all) {
      int cut = a.path().lastIndexOf('.');
      byGroup
          .computeIfAbsent(a.path().substring(0, Math.max(cut, 0)), g -> new ArrayList<>())
          .add(a);
    }
    return List.copyOf(byGroup.values());
  }

  private static String groupLabel(FormAmounts a) {
    int cut = a.label().lastIndexOf(SEPARATOR);
    return cut < 0 ? "" : a.label().substring(0, cut);
  }

  private static String item(FormAmounts a) {
    int cut = a.label().lastIndexOf(SEPARATOR);
    return cut < 0 ? a.label() : a.label().substring(cut + SEPARATOR.length());
  }
}
