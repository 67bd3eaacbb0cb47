package org.declgen.form;

/**
 * Which of the indicator table's two value columns a template's form prints: the 区级 form prints
 * both, the 市级 form only 年度指标值 (as its one 指标值 column). A value filled only in a column the form
 * does not print is lost from the paper.
 *
 * @param template the template's id, as messages name it
 * @param period whether 实施周期指标值 is printed
 * @param annual whether 年度指标值 is printed
 */
public record PrintedValues(String template, boolean period, boolean annual) {
  /** Both columns, for a template whose printed columns are not known. */
  public static PrintedValues both(String template) {
    return new PrintedValues(template, true, true);
  }
}
