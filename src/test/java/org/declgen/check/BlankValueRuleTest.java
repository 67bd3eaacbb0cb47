package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.check.CheckFixture.run;
import static org.declgen.check.CheckFixture.sampleWith;
import static org.declgen.check.UnprintedValueRuleTest.DISTRICT;
import static org.declgen.check.UnprintedValueRuleTest.MUNICIPAL;

import org.junit.jupiter.api.Test;

/** A named 三级 with a blank printed value: one warning per blank printed column, naming it. */
class BlankValueRuleTest {
  @Test
  void noValueOnTheDistrictFormWarnsForEachColumn() {
    String yaml = sampleWith("{三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}", "{三级指标: 无人机机库部署数量}");
    assertThat(run(new BlankValueRule(), yaml, DISTRICT))
        .containsExactly(
            "47:16 警告 「无人机机库部署数量」没有填写实施周期指标值，gz-district 模板的表上这一格会印成空白",
            "47:16 警告 「无人机机库部署数量」没有填写年度指标值，gz-district 模板的表上这一格会印成空白");
  }

  @Test
  void noValueOnTheMunicipalFormWarnsForItsOneColumn() {
    String yaml = sampleWith("{三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}", "{三级指标: 无人机机库部署数量, 指标值: ~}");
    assertThat(run(new BlankValueRule(), yaml, MUNICIPAL))
        .containsExactly("47:16 警告 「无人机机库部署数量」没有填写年度指标值，gd-municipal 模板的表上这一格会印成空白");
  }

  @Test
  void oneOfTwoColumnsBlankOnTheDistrictForm() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "年度指标值: ≥36台}");
    assertThat(run(new BlankValueRule(), yaml, DISTRICT))
        .containsExactly("47:16 警告 「无人机机库部署数量」没有填写实施周期指标值，gz-district 模板的表上这一格会印成空白");
    assertThat(run(new BlankValueRule(), yaml, MUNICIPAL)).isEmpty();
  }

  @Test
  void aValueOfNoBreakSpacesIsBlank() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "指标值: \"\\u00A0\\u3000\"}");
    assertThat(run(new BlankValueRule(), yaml, MUNICIPAL))
        .containsExactly("47:16 警告 「无人机机库部署数量」没有填写年度指标值，gd-municipal 模板的表上这一格会印成空白");
  }

  @Test
  void aLostValueIsTheErrorNotAlsoABlankWarning() {
    String yaml = sampleWith("指标值: 全区不低于36台}", "实施周期指标值: ≥36台}");
    assertThat(run(new BlankValueRule(), yaml, MUNICIPAL)).isEmpty();
  }

  @Test
  void emptyPlaceholdersAndUnnamedRowsStaySilent() {
    String yaml = sampleWith("{三级指标: 无人机机库部署数量, 指标值: 全区不低于36台}", "{三级指标: ~}");
    assertThat(run(new BlankValueRule(), yaml, DISTRICT)).isEmpty();
    assertThat(CheckFixture.sample()).contains("经济效益指标: []");
    assertThat(run(new BlankValueRule(), CheckFixture.sample(), DISTRICT)).isEmpty();
  }
}
