package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code declgen.yaml} is read by the declarations' YAML reader: its errors carry line and column
 * and quote the line (issue 13 item 3); the template it names is the one every command uses.
 */
class ProjectSettingsTest {
  @TempDir Path dir;

  @BeforeEach
  void sample() throws IOException {
    Files.copy(Samples.NANSHA, dir.resolve("x.yaml"));
  }

  private Cli check(String settings) throws IOException {
    Files.writeString(dir.resolve("declgen.yaml"), settings);
    return Cli.run(dir, "check", "x.yaml");
  }

  @Test
  void aMisspeltKeyIsPositionedQuotedAndCorrected() throws IOException {
    Cli r = check("模版: gd-municipal\n");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.out())
        .startsWith(
            "declgen.yaml:1:1: 错误: 不认识的键「模版」\n"
                + "  模版: gd-municipal\n"
                + "  ^\n"
                + "  怎么改: 是不是要写「模板」？\n");
  }

  @Test
  void aBadSeverityPointsAtTheValue() throws IOException {
    Cli r = check("检查:\n  规则:\n    value.direction: 严重\n");
    assertThat(r.out())
        .contains("declgen.yaml:3:22: 错误: 规则「value.direction」的设置「严重」无效\n")
        .contains("    value.direction: 严重\n")
        .contains("可写：错误、警告、关闭");
  }

  @Test
  void anUnknownRuleAndABadNumber() throws IOException {
    Cli r = check("检查:\n  三级指标最少个数: 很多\n  规则:\n    value.directon: 关闭\n");
    assertThat(r.out())
        .contains("declgen.yaml:2:13: 错误: 「三级指标最少个数」应当是不小于 0 的整数，现在是「很多」")
        .contains("declgen.yaml:4:5: 错误: 不认识的规则编号「value.directon」")
        .contains("是不是要写「value.direction」？");
  }

  @Test
  void brokenYamlIsPositionedLikeADeclaration() throws IOException {
    Cli r = check("检查: [\n");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.out()).startsWith("declgen.yaml:2:1: 错误: YAML 格式错误");
  }

  @Test
  void anUnknownTemplateIsAnErrorInTheSettingsFile() throws IOException {
    Cli r = check("模板: gz-distrct\n");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.out())
        .contains("declgen.yaml:1:5: 错误: 找不到模板「gz-distrct」\n  模板: gz-distrct\n        ^\n")
        .contains("gz-district");
    Cli render = Cli.run(dir, "render", "x.yaml");
    assertThat(render.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(render.err()).contains("declgen.yaml:1:5: 错误: 找不到模板「gz-distrct」");
  }

  @Test
  void theTemplateItNamesIsUsedByEveryCommand() throws IOException {
    Files.writeString(dir.resolve("declgen.yaml"), "模板: gd-municipal\n");
    Cli check = Cli.run(dir, "check", "x.yaml");
    assertThat(check.out()).contains("缺少二级指标「可持续影响指标」");
    assertThat(Cli.run(dir, "render", "x.yaml", "-o", "settings").code()).isZero();
    assertThat(Cli.run(dir, "render", "x.yaml", "-t", "gd-municipal", "-o", "named").code())
        .isZero();
    assertThat(Cli.run(dir, "render", "x.yaml", "-t", "gz-district", "-o", "district").code())
        .isZero();
    for (String output : new String[] {"x.docx", "x.md"}) {
      byte[] bySettings = Files.readAllBytes(dir.resolve("settings").resolve(output));
      assertThat(bySettings).isEqualTo(Files.readAllBytes(dir.resolve("named").resolve(output)));
      assertThat(bySettings)
          .isNotEqualTo(Files.readAllBytes(dir.resolve("district").resolve(output)));
    }
    Cli textconv = Cli.run(dir, "textconv", "x.yaml");
    Cli district = Cli.run(dir, "textconv", "-t", "gz-district", "x.yaml");
    assertThat(textconv.out()).isNotEqualTo(district.out());
  }

  @Test
  void aFoldersSettingsProblemIsSaidOncePerRun() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.copy(Samples.NANSHA, dir.resolve("data/a.yaml"));
    Files.copy(Samples.NANSHA, dir.resolve("data/b.yaml"));
    Files.writeString(dir.resolve("data/declgen.yaml"), "模版: x\n");
    Cli render = Cli.run(dir, "render", "-f", "md", "data");
    assertThat(render.err()).containsOnlyOnce("不认识的键「模版」");
    Cli check = Cli.run(dir, "check", "data");
    assertThat(check.out()).containsOnlyOnce("不认识的键「模版」");
    Files.writeString(dir.resolve("data/declgen.yaml"), "模板: nope\n");
    assertThat(Cli.run(dir, "render", "-f", "md", "data").err()).containsOnlyOnce("找不到模板「nope」");
    assertThat(Cli.run(dir, "check", "data").out()).containsOnlyOnce("找不到模板「nope」");
  }
}
