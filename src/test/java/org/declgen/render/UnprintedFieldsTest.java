package org.declgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/** A path counts as printed when the template reads it, a part of it, or the whole above it. */
class UnprintedFieldsTest {
  private static final Declaration SAMPLE = Samples.nansha();

  @Test
  void aPathReadItselfIsPrinted() {
    assertThat(unprinted(Set.of("部门名称"))).doesNotContain("部门名称");
  }

  @Test
  void aPartReadBelowAPathPrintsIt() {
    assertThat(unprinted(Set.of("预算整体情况.部门预算支出.基本支出.精确值")))
        .doesNotContain("预算整体情况 › 部门预算支出 › 基本支出")
        .contains("预算整体情况 › 部门预算支出 › 项目支出");
  }

  @Test
  void theWholeReadAbovePrintsEveryPartOfIt() {
    assertThat(unprinted(Set.of("预算整体情况")))
        .doesNotContain("预算整体情况 › 部门预算支出 › 基本支出", "预算整体情况 › 收入来源 › 财政拨款");
  }

  @Test
  void aNameThatOnlyBeginsLikeAPathIsNotIt() {
    assertThat(unprinted(Set.of("部门名称X", "预算整体情况X", "预算整体情况.部门预算支出.基本支出X")))
        .contains("部门名称", "预算整体情况 › 部门预算支出 › 基本支出");
  }

  private static List<String> unprinted(Set<String> used) {
    return UnprintedFields.of(DepartmentForm.FORM, SAMPLE, used);
  }
}
