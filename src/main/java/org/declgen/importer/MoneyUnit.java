package org.declgen.importer;

import java.math.BigDecimal;
import java.util.Optional;

/** A unit of money a form may state for a column or a clerk may type after an amount. */
enum MoneyUnit {
  YUAN("元", 0),
  THOUSAND_YUAN("千元", 3),
  WAN_YUAN("万元", 4),
  YI_YUAN("亿元", 8);

  /** The unit of a declaration's amounts. */
  static final MoneyUnit DECLARATION = WAN_YUAN;

  private final String name;
  private final int powerOfTen;

  MoneyUnit(String name, int powerOfTen) {
    this.name = name;
    this.powerOfTen = powerOfTen;
  }

  /** The unit a text names exactly ({@code 万元}), or empty. */
  static Optional<MoneyUnit> named(String text) {
    for (MoneyUnit u : values()) {
      if (u.name.equals(text)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The unit a text ends with, the longest that fits: {@code 1234.00万元} ends with 万元, not 元. */
  static Optional<MoneyUnit> endOf(String text) {
    MoneyUnit found = null;
    for (MoneyUnit u : values()) {
      if (text.endsWith(u.name) && (found == null || u.name.length() > found.name.length())) {
        found = u;
      }
    }
    return Optional.ofNullable(found);
  }

  /** An exact value in this unit expressed in another. */
  BigDecimal in(MoneyUnit other, BigDecimal value) {
    return value.movePointRight(powerOfTen - other.powerOfTen).stripTrailingZeros();
  }

  @Override
  public String toString() {
    return name;
  }
}
