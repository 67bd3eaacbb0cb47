package org.declgen.diff;

import java.util.List;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;

/**
 * Compares two declarations and lists the changes in the order the form prints them (see {@link
 * FormDiff} and {@link DepartmentForm}): 部门名称, 年度, 基本信息, 预算整体情况, 总体绩效目标, 年度重点工作任务, 其他需完成的任务, 绩效指标.
 */
public final class DeclarationDiff {
  private DeclarationDiff() {}

  public static List<Change> compare(Declaration before, Declaration after) {
    return FormDiff.compare(DepartmentForm.FORM, before, after);
  }
}
