package org.declgen.yaml;

import java.util.Locale;

/**
 * The slips clerks make when typing YAML with a Chinese input method, and whether declgen reads
 * past each one. A slip is accepted (a warning that says what was read) only where it changes one
 * separator next to a label the form defines, or a value that cannot be meant any other way; the
 * others are errors whose hint shows the line corrected.
 */
enum SlipKind {
  /** {@code 拟投入的资金：2100.00}: a full-width colon after a label the form defines. */
  FULL_WIDTH_COLON(true),
  /** {@code 产出指标：}: a full-width colon after any other text, where a key must stand. */
  FULL_WIDTH_COLON_UNKNOWN(false),
  /** {@code 指标值:≥90%}: no space after the colon that follows a label the form defines. */
  NO_SPACE(true),
  /** {@code 备注:见附件}: no space after the colon that follows any other key. */
  NO_SPACE_UNKNOWN(false),
  /** {@code {三级指标: 满意度，指标值: ≥90%}}: a full-width comma before a label the form defines. */
  FULL_WIDTH_COMMA(true),
  /** A full-width comma before another key inside {@code {…}}. */
  FULL_WIDTH_COMMA_UNKNOWN(false),
  /** {@code {… 指标值: ≥90%, 较上年提高}}: a comma inside a value in {@code {…}} split it. */
  COMMA_IN_VALUE(true),
  /** {@code {基本支出: 3,215.40, …}}: a thousands comma inside {@code {…}} split an amount. */
  THOUSANDS(true),
  /** {@code 指标值: >1}: a value YAML takes for the start of a block text, and reads as empty. */
  EMPTY_BLOCK(false),
  /** {@code 指标值: &重要}: a value starting with {@code & * !}, YAML's anchor, alias, tag. */
  RESERVED_START(false),
  /** {@code - （三级指标: …）}: full-width brackets where YAML's {@code {}} or {@code []} belong. */
  FULL_WIDTH_BRACKETS(false),
  /** {@code 指标值: “>12小时”}: Chinese quotes are text, not YAML quotes; read as written. */
  CURLY_QUOTES(true),
  /**
   * {@code 总体绩效目标: 第一句。} and the next line indented {@code 第二句。}: YAML joins a plain text's lines
   * with a space; read as YAML reads it, said at the continued line.
   */
  CONTINUED_TEXT(true),
  /** {@code 　　基本支出: 1999.68}: a full-width space (U+3000) in a line's indentation. */
  FULL_WIDTH_INDENT(false) {
    @Override
    boolean hintShowsFixedLine() {
      return false;
    }
  };

  private final boolean accepted;

  SlipKind(boolean accepted) {
    this.accepted = accepted;
  }

  boolean accepted() {
    return accepted;
  }

  /**
   * Whether the hint shows the line corrected; otherwise it has its own hint ({@code code +
   * ".hint"}), as for a fix that is only blanks.
   */
  boolean hintShowsFixedLine() {
    return true;
  }

  /** The diagnostic code and message key: {@code yaml.slip.full-width-colon}. */
  String code() {
    return "yaml.slip." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
