package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;

class CategoryValuesRuleTest {
  @Test
  void reportsSatisfactionWithoutValue() {
    assertThat(
            run(
                new CategoryValuesRule(),
                sampleWith("服务对象满意度指标:\n      - {三级指标: 用户满意度, 指标值: 满意}", "服务对象满意度指标: []")))
        .containsExactly("77:3 错误 「满意度指标」下没有填写指标值的三级指标");
  }

  @Test
  void aValueOfOnlySpacesIsNoValue() {
    String yaml = sampleWith("{三级指标: 用户满意度, 指标值: 满意}", "{三级指标: 用户满意度, 指标值: \"\\u00A0\"}");
    assertThat(run(new CategoryValuesRule(), yaml)).containsExactly("77:3 错误 「满意度指标」下没有填写指标值的三级指标");
  }

  @Test
  void aRowWithoutANameDoesNotCount() {
    String yaml = sampleWith("{三级指标: 用户满意度, 指标值: 满意}", "{三级指标: \"\\u200B\", 指标值: 满意}");
    assertThat(run(new CategoryValuesRule(), yaml)).containsExactly("77:3 错误 「满意度指标」下没有填写指标值的三级指标");
  }

  @Test
  void sampleHasAll() {
    assertThat(run(new CategoryValuesRule(), sample())).isEmpty();
  }
}
