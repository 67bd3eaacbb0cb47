package org.declgen.model;

import java.util.List;

/** A 二级指标 and its 三级 rows, in the file's order; an empty one is still printed. */
public record IndicatorSubcategory(String label, List<Indicator> indicators) {
  /** Stands in the row of a 一级 that has no 二级. */
  public static final IndicatorSubcategory NONE = new IndicatorSubcategory("", List.of());

  public IndicatorSubcategory {
    indicators = List.copyOf(indicators);
  }
}
