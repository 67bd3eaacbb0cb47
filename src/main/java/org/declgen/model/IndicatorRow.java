package org.declgen.model;

import java.util.Optional;

/**
 * One printed row of the indicator table: a 三级 with its 一级 and 二级, or an empty 二级 that still takes
 * a row of its own.
 */
public record IndicatorRow(
    IndicatorCategory category, IndicatorSubcategory subcategory, Optional<Indicator> indicator) {}
