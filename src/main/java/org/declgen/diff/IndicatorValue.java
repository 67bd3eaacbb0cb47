package org.declgen.diff;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An 指标值 read as operator + number + unit: {@code ≥64800件}, {@code ≤3S}, {@code 不低于18个}, {@code
 * 90%以上}, {@code ≥200,000}. Values that do not read this way (满意, 全区不低于36台) have no numeric change.
 *
 * @param operator the comparison as written, with ≧ ≦ read as ≥ ≤ ({@code ""} when none)
 * @param number the number, thousands separators removed
 * @param unit what follows the number ({@code 件}, {@code RPS}, {@code %}, or {@code ""})
 */
public record IndicatorValue(String operator, BigDecimal number, String unit) {
  private static final Pattern VALUE =
      Pattern.compile(
          "(≥|≧|≤|≦|>=|<=|>|<|=|不低于|不少于|不高于|不超过|不多于|至少|最少|最多)?\\s*"
              + "([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\s*"
              + "([^0-9\\s]*?)\\s*(以上|以下|以内)?");

  public static Optional<IndicatorValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String op =
        m.group(1) == null
            ? ""
            : m.group(1).replace('≧', '≥').replace('≦', '≤').replace(">=", "≥").replace("<=", "≤");
    if (m.group(4) != null) {
      op = op + "…" + m.group(4);
    }
    return Optional.of(
        new IndicatorValue(op, new BigDecimal(m.group(2).replace(",", "")), m.group(3)));
  }

  /**
   * The signed change from {@code before} to {@code after} with the unit, {@code +5,200件}, when
   * both read as numbers with the same operator and unit. A change of a percentage is in percentage
   * points ({@code ≥90%} → {@code ≥95%}: {@code +5个百分点}), as a finance reviewer says it: "+5%"
   * would read as five per cent of 90%.
   */
  public static Optional<String> delta(String before, String after) {
    Optional<IndicatorValue> a = parse(before);
    Optional<IndicatorValue> b = parse(after);
    if (a.isEmpty()
        || b.isEmpty()
        || !a.get().operator.equals(b.get().operator)
        || !a.get().unit.equals(b.get().unit)) {
      return Optional.empty();
    }
    String unit = a.get().unit;
    String shown = unit.equals("%") || unit.equals("％") ? "个百分点" : unit;
    return Optional.of(Deltas.signed(b.get().number.subtract(a.get().number)) + shown);
  }
}
