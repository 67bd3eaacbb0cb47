package org.declgen.check;

import java.util.regex.Pattern;

/**
 * §3.3 C4: a number needs a unit, in the value or in the 三级 name ({@code 城镇新增就业人数（人）}: {@code
 * 50000} is fine; a bare {@code 1} for a rate is ambiguous).
 */
final class UnitMissingRule implements Rule {
  private static final Pattern UNIT_IN_NAME =
      Pattern.compile(".*([（(].+[）)]|人次|人数|次数|个数|件数|户数|天数|年限|金额|万元|元)$");

  @Override
  public String id() {
    return "value.unit-missing";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      for (Located.Value v : at.values()) {
        ValueParts p = v.parts();
        if (p.number().isEmpty() || !p.unit().isEmpty() || p.proportion()) {
          continue;
        }
        if (at.isRate()) {
          ctx.report(this, v.path(), "rate", at.name(), v.text());
        } else if (!UNIT_IN_NAME.matcher(at.name().strip()).matches()) {
          ctx.report(this, v.path(), null, at.name(), v.text());
        }
      }
    }
  }
}
