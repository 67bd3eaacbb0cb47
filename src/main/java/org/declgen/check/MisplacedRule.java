package org.declgen.check;

/**
 * §3.2 B5 (heuristic): a system-performance metric (RTO, RPO, 响应时间, 吞吐量 …) filed under 效益 belongs
 * to 产出 › 质量指标.
 */
final class MisplacedRule implements Rule {
  @Override
  public String id() {
    return "structure.misplaced";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      if (at.category().label().contains("效益") && Metrics.isTechnical(at.name())) {
        ctx.report(this, at.path(), null, at.name(), at.subcategory().label());
      }
    }
  }
}
