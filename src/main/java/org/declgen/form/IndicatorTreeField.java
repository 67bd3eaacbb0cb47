package org.declgen.form;

import java.util.List;
import org.declgen.model.IndicatorCategory;

/**
 * The 绩效指标 block: 一级 → 二级 → 三级, each level's labels written by the filer (the standard ones come
 * from the template's {@link IndicatorFramework}). The YAML nests 一级 and 二级 as keys, each 三级 is one
 * line ({@code {三级指标: …, 指标值: …}}); the template view offers both the tree and the table as
 * printed.
 */
public record IndicatorTreeField<T>(
    String label, Lens<T, List<IndicatorCategory>> lens, Columns columns, FieldNotes notes)
    implements Field<T> {

  /**
   * The names of the indicator table and what the editor explains about them.
   *
   * @param rows the template view's name of the table as printed, a row per 三级 ({@code 绩效指标行})
   * @param groupName the template view's name of a 一级 or 二级 group's label ({@code 名称})
   * @param level1 {@code 一级指标}
   * @param level2 {@code 二级指标}
   * @param level3 {@code 三级指标}, also the key of an indicator's name
   * @param value {@code 指标值}: one value serving both value columns
   * @param periodValue {@code 实施周期指标值}
   * @param annualValue {@code 年度指标值}
   * @param emptyComment the YAML writer's comment when there are no indicators at all
   * @param schema the editor's explanations
   */
  public record Columns(
      String rows,
      String groupName,
      String level1,
      String level2,
      String level3,
      String value,
      String periodValue,
      String annualValue,
      String emptyComment,
      Explanations schema) {

    /** The keys an indicator may have, in the order they are written. */
    public List<String> indicatorKeys() {
      return List.of(level3, value, periodValue, annualValue);
    }
  }

  /** What the editor shows for each level and each key of an indicator. */
  public record Explanations(
      String level1,
      String level2,
      String indicator,
      String level3,
      String value,
      String periodValue,
      String annualValue) {}

  @Override
  public <R> R accept(FieldVisitor<T, R> visitor) {
    return visitor.indicators(this);
  }

  @Override
  public <U> IndicatorTreeField<U> through(Lens<U, T> outer) {
    return new IndicatorTreeField<>(label, lens.after(outer), columns, notes);
  }
}
