package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sample;
import static org.declgen.check.CheckFixture.sampleWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A 三级 whose name is blank is an error where the name stands: the form prints an empty cell. */
class UnnamedIndicatorRuleTest {
  private static final String ROW = "{三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}";

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "~", "\"   \"", "\"　\"", "\"\\u00A0\"", "\"\\u200B \""})
  void aBlankNameIsAnError(String name) {
    String yaml = sampleWith(ROW, "{三级指标: " + name + ", 指标值: 全区不低于36台}");
    assertThat(run(new UnnamedIndicatorRule(), yaml))
        .containsExactly("47:16 错误 「产出指标 › 数量指标」下有一个三级指标没有名称（指标值「全区不低于36台」）：表上这一行的三级指标会印成空白");
  }

  @Test
  void aNameWithNothingAfterItsColonIsAnError() {
    String yaml =
        sampleWith("  - {三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}", "  - 三级指标:\n        指标值: 全区不低于36台");
    assertThat(run(new UnnamedIndicatorRule(), yaml))
        .containsExactly("47:14 错误 「产出指标 › 数量指标」下有一个三级指标没有名称（指标值「全区不低于36台」）：表上这一行的三级指标会印成空白");
  }

  @Test
  void aRowWithNeitherNameNorValueIsAnError() {
    String yaml = sampleWith(ROW, "{三级指标: ~}");
    assertThat(run(new UnnamedIndicatorRule(), yaml))
        .containsExactly("47:16 错误 「产出指标 › 数量指标」下有一行三级指标没有名称，也没有指标值：表上会印出空白的一行");
  }

  @Test
  void theSampleAndItsEmptyPlaceholdersPass() {
    assertThat(sample()).contains("经济效益指标: []");
    assertThat(run(new UnnamedIndicatorRule(), sample())).isEmpty();
  }
}
