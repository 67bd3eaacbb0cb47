package org.declgen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One printed row of the indicator table: a 三级 with its 一级 and 二级, or an empty 二级 that still takes
 * a row of its own.
 */
public record IndicatorRow(
    IndicatorCategory category, IndicatorSubcategory subcategory, Optional<Indicator> indicator) {

  /**
   * The indicator table as printed: one row per 三级, one for each 二级 that has none, and one for a 一级
   * that has no 二级 at all.
   */
  public static List<IndicatorRow> of(List<IndicatorCategory> indicators) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorCategory category : indicators) {
      if (category.subcategories().isEmpty()) {
        rows.add(new IndicatorRow(category, IndicatorSubcategory.NONE, Optional.empty()));
      }
      for (IndicatorSubcategory sub : category.subcategories()) {
        if (sub.indicators().isEmpty()) {
          rows.add(new IndicatorRow(category, sub, Optional.empty()));
        }
        for (Indicator indicator : sub.indicators()) {
          rows.add(new IndicatorRow(category, sub, Optional.of(indicator)));
        }
      }
    }
    return rows;
  }
}
