package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 2: a template owns its indicator framework, so a template copied to {@code
 * templates/mine} (as docs/templates.md recommends) is checked like the one it was copied from.
 * Before, {@code render -t mine} checked against the 区级 framework (5 warnings instead of 8) and
 * {@code check -t mine} exited 2.
 */
class TemplateFrameworkTest {
  @TempDir Path dir;

  @Test
  void checkAndRenderUseTheFrameworkOfACopiedTemplate() throws IOException {
    copyTemplate("gd-municipal", "mine");
    Files.createDirectories(dir.resolve("data"));
    Files.copy(Path.of("data/nansha-zwsj.yaml"), dir.resolve("data/x.yaml"));

    Cli check = Cli.run(dir, "check", "-t", "mine", "data/x.yaml");
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("「产出指标」下缺少二级指标「成本指标」（mine 模板的标准框架）", "检查了 1 份申报表：0 个错误，8 个警告");

    Cli render = Cli.run(dir, "render", "-t", "mine", "data/x.yaml");
    assertThat(render.code()).isZero();
    assertThat(warnings(render.err())).isEqualTo(8);
    assertThat(render.err()).contains("（mine 模板的标准框架）");
  }

  @Test
  void theBuiltInTemplatesDifferOnlyByTheirFramework() {
    Cli district = Cli.run(Path.of("").toAbsolutePath(), "check", "data/nansha-zwsj.yaml");
    Cli municipal =
        Cli.run(
            Path.of("").toAbsolutePath(), "check", "-t", "gd-municipal", "data/nansha-zwsj.yaml");
    assertThat(district.out()).contains("0 个错误，5 个警告");
    assertThat(municipal.out()).contains("0 个错误，8 个警告", "（gd-municipal 模板的标准框架）");
  }

  @Test
  void aTemplateWithoutAFrameworkIsCheckedAgainstTheDefaultOne() throws IOException {
    copyTemplate("gd-municipal", "bare");
    Files.delete(dir.resolve("templates/bare/template.properties"));
    Files.createDirectories(dir.resolve("data"));
    Files.copy(Path.of("data/nansha-zwsj.yaml"), dir.resolve("data/x.yaml"));

    Cli check = Cli.run(dir, "check", "-t", "bare", "data/x.yaml");
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("0 个错误，5 个警告");
  }

  @Test
  void initTakesTheFrameworkFromTheTemplateAndRecordsIt() throws IOException {
    copyTemplate("gd-municipal", "mine");
    Files.writeString(
        dir.resolve("templates/mine/template.properties"),
        "form=部门整体\nframework.1=产出指标：数量指标\nframework.2=自定指标：甲、乙\n",
        StandardCharsets.UTF_8);

    assertThat(Cli.run(dir, "init", "某局", "-t", "mine", "-o", "m.yaml").code()).isZero();
    String text = Files.readString(dir.resolve("m.yaml"));
    assertThat(text)
        .contains("模板: mine  # 所用模板（表格样式和标准指标框架）\n部门名称: 某局", "  自定指标:\n    甲: []\n    乙: []\n")
        .doesNotContain("效益指标");

    assertThat(Cli.run(dir, "init", "某局", "-o", "d.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("d.yaml")))
        .doesNotContain("模板:")
        .contains("    生态环境成本指标: []");
  }

  @Test
  void aMalformedFrameworkIsReportedWithTheTemplateFile() throws IOException {
    copyTemplate("gd-municipal", "mine");
    Files.writeString(dir.resolve("templates/mine/template.properties"), "framework.1=产出指标 数量指标\n");
    Files.copy(Path.of("data/nansha-zwsj.yaml"), dir.resolve("x.yaml"));

    Cli render = Cli.run(dir, "render", "-t", "mine", "x.yaml");
    assertThat(render.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(render.err())
        .contains("templates/mine/template.properties: 错误: 指标框架「framework.1=产出指标 数量指标」写法有误")
        .contains("framework.1=产出指标：数量指标、质量指标、时效指标");
  }

  private void copyTemplate(String from, String to) throws IOException {
    Path target = dir.resolve("templates").resolve(to);
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("templates", from))) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
  }

  private static int warnings(String text) {
    Matcher m = Pattern.compile(": 警告: ").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
