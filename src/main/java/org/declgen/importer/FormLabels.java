package org.declgen.importer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.form.Field;
import org.declgen.form.IndicatorFramework;

/**
 * The printed labels the recogniser knows, compared as {@link CellText#label} forms: the fields'
 * labels come from the form description, the 一级 and 二级 labels from the frameworks of the templates
 * a form may have been printed with.
 */
final class FormLabels {
  /** The column header over the budget amounts. */
  static final String AMOUNT_HEADER = "预算金额";

  /**
   * The built-in template of the Guangdong 市级 form: an import that recognises that form names it in
   * the declaration.
   */
  static final String MUNICIPAL_TEMPLATE = "gd-municipal";

  /**
   * Older names of 二级 labels that no template's framework uses any more (财预〔2015〕88号 era forms
   * still carry them), so they are still recognised in the 一级 column.
   */
  private static final List<String> FORMER_LEVEL2 = List.of("环境效益指标", "社会公众或服务对象满意度指标");

  private static final Pattern TITLE = Pattern.compile(".*部门整体(预算|支出)?绩效目标(申报)?表");
  private static final Pattern MUNICIPAL = Pattern.compile(".*(市级部门整体|市本级使用资金).*");
  private static final Pattern YEAR_IN_TITLE =
      Pattern.compile("^\\s*(.+?)\\s*年度?\\s*(?:[市区县省]级)?\\s*部门整体.*$", Pattern.DOTALL);
  private static final Pattern YEAR_SUBTITLE =
      Pattern.compile("^\\s*[（(]\\s*(.+?)\\s*年度\\s*[)）]\\s*$", Pattern.DOTALL);

  private final Set<String> level1 = new LinkedHashSet<>();
  private final Set<String> level2 = new LinkedHashSet<>(FORMER_LEVEL2);

  /** The labels of the given frameworks (every template the user may have printed with). */
  FormLabels(Collection<IndicatorFramework> frameworks) {
    for (IndicatorFramework f : frameworks) {
      level1.addAll(f.level1());
      level2.addAll(f.allLevel2());
    }
  }

  /** True when the cell prints the field's label ({@code 区本级使用资金} for 本级使用资金). */
  static boolean names(String text, Field<?> field) {
    String printed = field.notes().printedLabel();
    String l = CellText.bareLabel(text);
    return printed == null ? l.equals(field.label()) : l.matches(printed);
  }

  static boolean isTitle(String text) {
    return TITLE.matcher(CellText.label(text)).matches();
  }

  /** A title or label only the 市级 form prints ({@code 2024年市级部门整体预算绩效目标表}, 市本级使用资金). */
  static boolean isMunicipal(String text) {
    return MUNICIPAL.matcher(CellText.label(text)).matches();
  }

  static boolean isYearSubtitle(String text) {
    return YEAR_SUBTITLE.matcher(text).matches();
  }

  /** The year a title or a （2024年度） subtitle states, verbatim; empty when none. */
  static Optional<String> year(String text) {
    for (Pattern p : List.of(YEAR_SUBTITLE, YEAR_IN_TITLE)) {
      Matcher m = p.matcher(text);
      if (m.matches() && (p == YEAR_SUBTITLE || isTitle(text))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  static boolean is(String text, String label) {
    return CellText.bareLabel(text).equals(label);
  }

  boolean isLevel1(String text) {
    return level1.contains(CellText.label(text));
  }

  boolean isLevel2Only(String text) {
    String l = CellText.label(text);
    return level2.contains(l) && !level1.contains(l);
  }
}
