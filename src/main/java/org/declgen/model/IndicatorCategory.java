package org.declgen.model;

import java.util.List;

/** A 一级指标 (产出指标, 效益指标, …) and its 二级 groups, labels verbatim. */
public record IndicatorCategory(String label, List<IndicatorSubcategory> subcategories) {
  public IndicatorCategory {
    subcategories = List.copyOf(subcategories);
  }
}
