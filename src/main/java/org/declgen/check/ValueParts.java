package org.declgen.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 指标值 says, read from its text: the comparison's direction, the first number, the unit right
 * after it, and the words before it. The text itself is never changed.
 *
 * @param unit the unit right after the number, with what it is per ({@code 件/万人}, {@code /10万})
 * @param proportion the unit states a proportion: {@code %}, {@code ‰}, or per a power of ten of a
 *     population ({@code /10万}, {@code 件/万人}, {@code 张/千人}; not {@code 元/千克})
 * @param prefix the words before the number, operators removed ({@code 按时办结率} in {@code 按时办结率99%})
 */
record ValueParts(
    Direction direction,
    Optional<BigDecimal> number,
    String unit,
    boolean proportion,
    String prefix) {

  /** Which way a value bounds its metric. */
  enum Direction {
    AT_LEAST,
    AT_MOST,
    NONE
  }

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Pattern UNIT =
      Pattern.compile("^\\s*([^\\s\\d,，。；;、（）()/]*(?:\\s*/\\s*\\d*[^\\s\\d,，。；;、（）()]*)?)");
  private static final List<String> PROPORTION_UNITS = List.of("%", "％", "‰", "‱", "百分点", "千分点");
  private static final Pattern PER_POWER_OF_TEN =
      Pattern.compile("/\\s*\\d*[十百千万亿]+(人口|人次|人|户|名|例|居民|活产)?$");
  private static final List<String> AT_LEAST_WORDS = List.of("不低于", "不少于", "不小于");
  private static final List<String> AT_MOST_WORDS = List.of("不高于", "不超过", "不大于", "不多于");
  private static final List<String> AT_LEAST_LATE = List.of("以上", "最少", "至少", "超过", "大于");
  private static final List<String> AT_MOST_LATE = List.of("以内", "以下", "最多", "至多", "低于", "小于");
  private static final Pattern OPERATORS =
      Pattern.compile("[≥≧>＞≤≦<＜=＝]|不低于|不少于|不小于|不高于|不超过|不大于|不多于|全区|较");

  static ValueParts parse(String text) {
    Matcher m = NUMBER.matcher(text);
    Optional<BigDecimal> number = Optional.empty();
    String unit = "";
    String prefix = text;
    if (m.find()) {
      number = Optional.of(new BigDecimal(m.group().replace(",", "")));
      Matcher u = UNIT.matcher(text.substring(m.end()));
      unit = u.find() ? u.group(1) : "";
      prefix = text.substring(0, m.start());
    }
    boolean proportion = isProportion(unit);
    prefix = OPERATORS.matcher(prefix).replaceAll("").strip();
    return new ValueParts(direction(text), number, unit, proportion, prefix);
  }

  private static boolean isProportion(String unit) {
    return PROPORTION_UNITS.stream().anyMatch(unit::startsWith)
        || PER_POWER_OF_TEN.matcher(unit).find();
  }

  static Direction direction(String text) {
    if (AT_LEAST_WORDS.stream().anyMatch(text::contains)) {
      return Direction.AT_LEAST;
    }
    if (AT_MOST_WORDS.stream().anyMatch(text::contains)) {
      return Direction.AT_MOST;
    }
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '≥', '≧', '>', '＞' -> {
          return Direction.AT_LEAST;
        }
        case '≤', '≦', '<', '＜' -> {
          return Direction.AT_MOST;
        }
        default -> {}
      }
    }
    if (AT_LEAST_LATE.stream().anyMatch(text::contains)) {
      return Direction.AT_LEAST;
    }
    if (AT_MOST_LATE.stream().anyMatch(text::contains)) {
      return Direction.AT_MOST;
    }
    return Direction.NONE;
  }
}
