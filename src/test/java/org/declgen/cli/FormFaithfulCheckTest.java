package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.cli.CheckCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.cli.CheckCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clerk reads from {@code declgen check} when the paper would not show what the YAML says: a
 * value in a column the chosen form does not print, a 年度 that is not a year, a half-filled amount
 * group.
 */
class FormFaithfulCheckTest {
  private static Path sampleWith(Path dir, String from, String to) throws IOException {
    String text = Files.readString(Path.of("data/nansha-zwsj.yaml"));
    assertThat(text).contains(from);
    Path file = dir.resolve("x.yaml");
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  @Test
  void aPeriodValueTheMunicipalFormWouldLoseIsAnError(@TempDir Path dir) throws IOException {
    sampleWith(dir, "指标值: 全区不低于36台}", "实施周期指标值: \"≥64,800件\"}");
    Result r = run(dir, "check", "-t", "gd-municipal", "x.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "x.yaml:47:36: 错误: 「无人机机库部署数量」只填了实施周期指标值「≥64,800件」，而 gd-municipal 模板的表不印实施周期指标值、"
                + "只印年度指标值：这一行的指标值会印成空白，这个值不会出现在表上\n"
                + "        - {三级指标: 无人机机库部署数量, 实施周期指标值: \"≥64,800件\"}\n"
                + "                                                         ^\n"
                + "  怎么改: 把「实施周期指标值」改为「年度指标值」（两栏的值相同时也可写「指标值」），这个值才会印在表上\n");
  }

  @Test
  void theDistrictFormPrintsItAndWarnsOfTheBlankAnnualCell(@TempDir Path dir) throws IOException {
    sampleWith(dir, "指标值: 全区不低于36台}", "实施周期指标值: \"≥64,800件\"}");
    Result r = run(dir, "check", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("x.yaml:47:16: 警告: 「无人机机库部署数量」没有填写年度指标值，gz-district 模板的表上这一格会印成空白\n")
        .doesNotContain("错误:");
  }

  @Test
  void declgenYamlSwitchesTheRulesLikeAnyOther(@TempDir Path dir) throws IOException {
    sampleWith(dir, "指标值: 全区不低于36台}", "实施周期指标值: \"≥64,800件\"}");
    Files.writeString(
        dir.resolve("declgen.yaml"), "检查:\n  规则:\n    value.unprinted: 警告\n    value.blank: 关闭\n");
    Result municipal = run(dir, "check", "-t", "gd-municipal", "x.yaml");
    assertThat(municipal.code()).isZero();
    assertThat(municipal.out()).contains("x.yaml:47:36: 警告: 「无人机机库部署数量」只填了实施周期指标值");
    assertThat(run(dir, "check", "x.yaml").out()).doesNotContain("没有填写年度指标值");
  }

  @Test
  void aYearWithItsOwn年IsAnErrorWithTheFix(@TempDir Path dir) throws IOException {
    sampleWith(dir, "年度: ~", "年度: 2025年");
    Result r = run(dir, "check", "x.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "x.yaml:5:5: 错误: 「年度」写成了「2025年」，表上年份后面已印“年”字，会印成「2025年年…」\n"
                + "  年度: 2025年  # 表上不写年度时为 ~\n"
                + "        ^\n"
                + "  怎么改: 写成 2025；表上已在年份后印出“年”或“年度”二字\n");
  }

  @Test
  void aHalfFilledGroupWarnsAndItsTotalPrintsBlank(@TempDir Path dir) throws IOException {
    sampleWith(dir, "基本支出: 1999.68", "基本支出: ~");
    Result r = run(dir, "check", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "x.yaml:11:11: 警告: 「预算整体情况 › 部门预算支出」中「基本支出」未填写（~），「项目支出」已填写："
                + "审阅用 Markdown 上这一组的合计印成空白，用到「基本支出」的勾稽不做检查\n"
                + "      基本支出: ~\n"
                + "                ^\n"
                + "  怎么改: 填上「基本支出」的金额；确实没有这项时写 0（~ 表示未填写，不是 0）\n");
    assertThat(run(dir, "render", "-f", "md", "-o", "out", "x.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("out/x.md")))
        .contains("| 部门预算支出 | 基本支出 |  |\n| 部门预算支出 | 项目支出 | 13,074.48 |\n| 部门预算支出 | 合计 |  |\n");
  }
}
