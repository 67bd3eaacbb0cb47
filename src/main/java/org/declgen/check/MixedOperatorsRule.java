package org.declgen.check;

import java.util.List;

/** §3.4 #8: one form mixes ≥ with ≧ (or ≤ with ≦); each odd glyph is reported. */
final class MixedOperatorsRule implements Rule {
  @Override
  public String id() {
    return "value.mixed-operators";
  }

  @Override
  public void check(CheckContext ctx) {
    List<Located> all = ctx.indicators();
    flag(ctx, all, "≥", "≧");
    flag(ctx, all, "≤", "≦");
  }

  private void flag(CheckContext ctx, List<Located> all, String usual, String odd) {
    boolean usesUsual =
        all.stream().anyMatch(at -> at.values().stream().anyMatch(v -> v.text().contains(usual)));
    if (!usesUsual) {
      return;
    }
    for (Located at : all) {
      for (Located.Value v : at.values()) {
        if (v.text().contains(odd)) {
          ctx.report(this, v.path(), null, at.name(), v.text(), odd, usual);
        }
      }
    }
  }
}
