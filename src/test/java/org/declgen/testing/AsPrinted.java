package org.declgen.testing;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.declgen.model.Amount;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/** A declaration as a printed form shows it, for tests that import a rendered form back. */
public final class AsPrinted {
  private AsPrinted() {}

  /** An amount as the form prints it: two decimals (a blank stays blank). */
  public static Amount amount(Amount a) {
    if (a.isBlank()) {
      return a;
    }
    return new Amount(a.value().setScale(2, RoundingMode.HALF_UP));
  }

  /** Every amount of the budget as the form prints it. */
  public static Budget budget(Budget b) {
    return new Budget(
        amount(b.basicExpenditure()),
        amount(b.projectExpenditure()),
        amount(b.fiscalAppropriation()),
        amount(b.otherFunds()),
        amount(b.specialFunds()),
        amount(b.otherDevelopmentExpenditure()),
        amount(b.ownLevelFunds()),
        amount(b.transferFunds()));
  }

  /**
   * The indicators as the 市级 form prints them: one value column, the annual value, read back as
   * both values.
   */
  public static Declaration singleValues(Declaration d) {
    List<IndicatorCategory> categories = new ArrayList<>();
    for (IndicatorCategory c : d.indicators()) {
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        subs.add(
            new IndicatorSubcategory(
                s.label(),
                s.indicators().stream()
                    .map(i -> new Indicator(i.name(), i.annualValue(), i.annualValue()))
                    .toList()));
      }
      categories.add(new IndicatorCategory(c.label(), subs));
    }
    return d.withIndicators(categories);
  }
}
