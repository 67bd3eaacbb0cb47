package org.declgen.check;

import java.util.regex.Pattern;

/** §3.3 C3: values must be measurable: not "根据下达任务目标要求确定", not a bare "满意", "达标", "有效提升". */
final class UnmeasurableRule implements Rule {
  private static final Pattern DEFERRED = Pattern.compile(".*(根据|按照|依据).*(确定|为准).*|.*按.*要求.*");
  private static final Pattern VAGUE =
      Pattern.compile(
          "(非常|比较|较|基本|总体)?(满意|合规|达标|良好|较好|好|显著|明显|有效|稳定|正常|完成|提高|提升|改善"
              + "|有效提升|明显改善|逐步提高|保持稳定|持续提升|不断提高|进一步提升|符合要求)");

  @Override
  public String id() {
    return "value.unmeasurable";
  }

  @Override
  public void check(CheckContext ctx) {
    for (Located at : ctx.indicators()) {
      for (Located.Value v : at.values()) {
        String t = v.text().strip();
        if (t.chars().anyMatch(Character::isDigit)) {
          continue;
        }
        if (DEFERRED.matcher(t).matches()) {
          ctx.report(this, v.path(), "deferred", at.name(), v.text());
        } else if (VAGUE.matcher(t).matches()) {
          ctx.report(this, v.path(), at.isRate() ? "rate" : null, at.name(), v.text());
        }
      }
    }
  }
}
