package org.declgen.check;

import java.util.List;

/** §3.3 C7: for a cumulative count, the 年度 value cannot exceed the 实施周期 value. */
final class AnnualExceedsPeriodRule implements Rule {
  @Override
  public String id() {
    return "value.annual-exceeds-period";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (at.indicator().hasSingleValue() || at.isRate()) {
        continue;
      }
      List<Located.Value> values = at.values();
      if (values.size() != 2) {
        continue;
      }
      ValueParts period = values.get(0).parts();
      ValueParts annual = values.get(1).parts();
      if (period.number().isEmpty()
          || annual.number().isEmpty()
          || period.proportion()
          || !period.unit().equals(annual.unit())) {
        continue;
      }
      if (annual.number().get().compareTo(period.number().get()) > 0) {
        ctx.report(
            this,
            values.get(1).path(),
            null,
            at.name(),
            values.get(1).text(),
            values.get(0).text());
      }
    }
  }
}
