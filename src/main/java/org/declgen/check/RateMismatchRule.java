package org.declgen.check;

/**
 * §3.3 C1: a rate whose value names a different rate ({@code 行政审批和公共服务事项网办率: 按时办结率99%} states an
 * on-time rate, not the online rate).
 */
final class RateMismatchRule implements Rule {
  @Override
  public String id() {
    return "value.rate-mismatch";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (!at.isRate()) {
        continue;
      }
      for (Located.Value v : at.values()) {
        String named = v.parts().prefix();
        if (v.parts().number().isPresent() && named.endsWith("率") && !at.name().contains(named)) {
          ctx.report(this, v.path(), null, at.name(), v.text(), named);
        }
      }
    }
  }
}
