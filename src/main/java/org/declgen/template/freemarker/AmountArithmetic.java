package org.declgen.template.freemarker;

import freemarker.core.ArithmeticEngine;
import java.math.BigDecimal;
import org.declgen.template.view.AmountNumber;

/**
 * FreeMarker's exact BigDecimal arithmetic, which keeps track of money: an amount plus or minus a
 * number, an amount times or divided by a plain number, is again an amount and prints as one; an
 * amount divided by an amount is a plain ratio (for {@code percent(…)}).
 */
final class AmountArithmetic extends ArithmeticEngine.BigDecimalEngine {
  @Override
  public int compareNumbers(Number first, Number second) {
    return super.compareNumbers(plain(first), plain(second));
  }

  @Override
  public Number add(Number first, Number second) {
    return money(isAmount(first) || isAmount(second), super.add(plain(first), plain(second)));
  }

  @Override
  public Number subtract(Number first, Number second) {
    return money(isAmount(first) || isAmount(second), super.subtract(plain(first), plain(second)));
  }

  @Override
  public Number multiply(Number first, Number second) {
    return money(isAmount(first) != isAmount(second), super.multiply(plain(first), plain(second)));
  }

  @Override
  public Number divide(Number first, Number second) {
    return money(isAmount(first) && !isAmount(second), super.divide(plain(first), plain(second)));
  }

  @Override
  public Number modulus(Number first, Number second) {
    return super.modulus(plain(first), plain(second));
  }

  private static boolean isAmount(Number n) {
    return n instanceof AmountNumber;
  }

  private static Number plain(Number n) {
    return n instanceof AmountNumber a ? a.value() : n;
  }

  private static Number money(boolean amount, Number result) {
    return amount ? new AmountNumber((BigDecimal) result) : result;
  }
}
