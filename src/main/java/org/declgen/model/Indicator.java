package org.declgen.model;

import java.util.Objects;

/**
 * A 三级指标 with its values exactly as typed (no unit or operator is normalised here).
 *
 * @param name 三级指标
 * @param periodValue 实施周期指标值
 * @param annualValue 年度指标值
 */
public record Indicator(String name, String periodValue, String annualValue) {
  /** True when one 指标值 serves both columns. */
  public boolean hasSingleValue() {
    return Objects.equals(periodValue, annualValue);
  }
}
