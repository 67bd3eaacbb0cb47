package org.declgen.check;

/**
 * §3.3 C1: a rate (率/比例/覆盖率/满意度) given a count ({@code 案件完成率: 260宗}); a value per a population
 * ({@code 发病率: ≤10/10万}, {@code 3‰}) is a rate.
 */
final class RateAsCountRule implements Rule {
  @Override
  public String id() {
    return "value.rate-as-count";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (!at.isRate()) {
        continue;
      }
      for (Located.Value v : at.values()) {
        ValueParts p = v.parts();
        if (p.number().isPresent()
            && !p.proportion()
            && !p.unit().isEmpty()
            && !p.unit().startsWith("分")) {
          ctx.report(this, v.path(), null, at.name(), v.text(), p.unit());
        }
      }
    }
  }
}
