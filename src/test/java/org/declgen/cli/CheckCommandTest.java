package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
  record Result(int code, String out, String err) {}

  static Result run(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), dir);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void sampleGivesWarningsAndExitsZero() {
    Result r = run(Path.of("").toAbsolutePath(), "check", "data/");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "data/nansha-zwsj.yaml:59:28: 警告: 「案件完成率」是比率类指标，指标值「260宗」却是数量（单位“宗”）\n",
            "data/nansha-zwsj.yaml:63:32: 警告: 「恢复时间目标RTO」越小越好",
            "data/nansha-zwsj.yaml:75:9: 警告: 「恢复点目标RPO」是系统技术性能指标",
            "data/nansha-zwsj.yaml:79:28: 警告: 「用户满意度」的指标值「满意」无法衡量",
            "检查了 1 份申报表：0 个错误，5 个警告");
  }

  @Test
  void strictTurnsWarningsIntoErrors() {
    Result r = run(Path.of("").toAbsolutePath(), "check", "--strict", "data/");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("检查了 1 份申报表：5 个错误，0 个警告");
  }

  @Test
  void jsonForMachines() {
    Result r = run(Path.of("").toAbsolutePath(), "check", "--format", "json", "data/");
    assertThat(r.out())
        .startsWith("{\"files\":1,\"errors\":0,\"warnings\":5,")
        .contains(
            "{\"file\":\"data/nansha-zwsj.yaml\",\"line\":59,\"column\":28,\"severity\":\"warning\","
                + "\"code\":\"value.rate-as-count\"");
  }

  @ParameterizedTest
  @CsvSource({"check --format xml data/", "check -t nope data/", "check missing.yaml", "check"})
  void usageMistakesExitTwo(String line) {
    assertThat(run(Path.of("").toAbsolutePath(), line.split(" ")).code()).isEqualTo(2);
  }

  @Test
  void projectSettingsTurnRulesOffAndSetThresholds(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("data/nansha-zwsj.yaml"), dir.resolve("x.yaml"));
    Files.writeString(
        dir.resolve("declgen.yaml"),
        "检查:\n  三级指标最少个数: 30\n  规则:\n    value.direction: 关闭\n    value.rate-as-count: 错误\n");
    Result r = run(dir, "check", ".");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .doesNotContain("RTO」越小越好")
        .contains("x.yaml:59:28: 错误: 「案件完成率」", "三级指标只有 25 个，少于要求的 30 个");
  }

  @Test
  void englishUnderAnEnglishLocale() {
    StringWriter out = new StringWriter();
    Main.run(
        new String[] {"check", "data/"},
        new PrintWriter(out),
        new PrintWriter(new StringWriter()),
        Map.of("LANG", "en_US.UTF-8"),
        Path.of("").toAbsolutePath());
    assertThat(out.toString()).contains("data/nansha-zwsj.yaml:59:28: warning: '案件完成率' is a rate");
  }

  @Test
  void initWritesEveryKeyAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
    Result r = run(dir, "init", "某某局", "-o", "data/new.yaml");
    assertThat(r.code()).isZero();
    String text = Files.readString(dir.resolve("data/new.yaml"));
    assertThat(text).contains("部门名称: 某某局  #", "拟投入的资金: ~", "    服务对象满意度指标: []", "    生态环境成本指标: []");
    Files.writeString(dir.resolve("data/new.yaml"), "mine");
    Result again = run(dir, "init", "某某局", "-o", "data/new.yaml");
    assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("已经存在，不会覆盖");
    assertThat(Files.readString(dir.resolve("data/new.yaml"))).isEqualTo("mine");
    assertThat(run(dir, "init", "市局", "-t", "gd-municipal", "-o", "m.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("m.yaml"))).contains("    可持续影响指标: []");
  }

  @Test
  void initTellsAFileNameFromADepartmentsName(@TempDir Path dir) throws IOException {
    for (String given : new String[] {"data/财政局.yaml", "财政局.YML", "data\\财政局"}) {
      Result r = run(dir, "init", given);
      assertThat(r.code()).as(given).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err())
          .as(given)
          .contains("「" + given + "」像是文件名，不是部门名称")
          .contains("declgen init 财政局 -o data/财政局.yaml");
    }
    try (var written = Files.list(dir)) {
      assertThat(written).isEmpty();
    }
    assertThat(run(dir, "init", "某区财政局（本级）").code()).isZero();
    assertThat(dir.resolve("某区财政局（本级）.yaml")).isRegularFile();
  }
}
