package org.declgen.check;

import org.declgen.check.ValueParts.Direction;

/**
 * §3.3 C2: the operator points the metric's way: response time, RTO/RPO and cost take ≤;
 * quantities, coverage and satisfaction take ≥.
 */
final class DirectionRule implements Rule {
  @Override
  public String id() {
    return "value.direction";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      for (Located.Value v : at.values()) {
        Direction d = v.parts().direction();
        if (Metrics.isUpperBound(at.name()) && d == Direction.AT_LEAST) {
          ctx.report(this, v.path(), "upper", at.name(), v.text());
        } else if (Metrics.isLowerBound(at.name()) && d == Direction.AT_MOST) {
          ctx.report(this, v.path(), "lower", at.name(), v.text());
        }
      }
    }
  }
}
