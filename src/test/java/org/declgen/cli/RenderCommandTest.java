package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        Map.of("LANG", "C.UTF-8"),
        dir);
  }

  @Test
  void rendersTheSampleIntoDocxAndMarkdown() throws IOException {
    copySample("data/nansha-zwsj.yaml");
    assertThat(run("render", "data/nansha-zwsj.yaml")).isZero();
    assertThat(dir.resolve("output/nansha-zwsj.docx")).isRegularFile();
    assertThat(Files.readString(dir.resolve("output/nansha-zwsj.md")))
        .contains("| 产出指标 | 数量指标 | 无人机机库部署数量 |");
    assertThat(out.toString()).contains("已生成 output/nansha-zwsj.docx");
  }

  @Test
  void rendersEveryDeclarationOfAFolderKeepingSubfolders() throws IOException {
    copySample("data/a.yaml");
    copySample("data/sub/b.yaml");
    assertThat(run("render", "--format", "md", "-o", "out", "data")).isZero();
    assertThat(dir.resolve("out/a.md")).isRegularFile();
    assertThat(dir.resolve("out/sub/b.md")).isRegularFile();
    assertThat(dir.resolve("out/a.docx")).doesNotExist();
    assertThat(out.toString()).contains("完成：2 份成功，0 份失败");
  }

  @Test
  void aTemplateThatFailsIsNamedWithItsFile() throws IOException {
    copySample("x.yaml");
    Path template = Files.createDirectories(dir.resolve("templates/mine"));
    Files.copy(Path.of("templates/gz-district/template.docx"), template.resolve("template.docx"));
    Files.writeString(template.resolve("review.md.ftl"), "# ${部门名称}\n\n${部门名称?number + 1}\n");
    assertThat(run("render", "-t", "mine", "x.yaml")).isEqualTo(ExitCodes.ERRORS);
    assertThat(err.toString())
        .contains("x.yaml：模板「mine」的 templates/mine/review.md.ftl 有错误（见上），未生成任何文件")
        .doesNotContain("模板「」");
  }

  @Test
  void aDeclarationWithErrorsWritesNothingAndKeepsTheOldOutput() throws IOException {
    Files.createDirectories(dir.resolve("output"));
    Files.writeString(dir.resolve("output/bad.md"), "old");
    Files.writeString(
        dir.resolve("bad.yaml"), "部门名称: 甲\n预算整体情况:\n  部门预算支出: {基本支出: 1O0, 项目支出: 1}\n");
    assertThat(run("render", "bad.yaml")).isEqualTo(ExitCodes.ERRORS);
    assertThat(err.toString())
        .contains("bad.yaml:3:18: 错误: 「预算整体情况 › 部门预算支出 › 基本支出」的金额「1O0」不是数字")
        .contains("  部门预算支出: {基本支出: 1O0, 项目支出: 1}")
        .contains("怎么改:")
        .doesNotContain("Exception");
    assertThat(Files.readString(dir.resolve("output/bad.md"))).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir.resolve("output"))) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("bad.md");
    }
  }

  @Test
  void unknownTemplateSuggestsTheNearestOne() throws IOException {
    copySample("x.yaml");
    assertThat(run("render", "--template", "gz-distrct", "x.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("找不到模板「gz-distrct」").contains("gz-district");
  }

  @Test
  void factsTheFormDoesNotPrintAreMentionedOncePerRun() throws IOException {
    String yaml =
        Samples.read(Samples.NANSHA)
            .replace("财政供养人员数: ~", "财政供养人员数: 12")
            .replace(
                "{三级指标: 服务单位数量, 指标值: 不低于18个}", "{三级指标: 服务单位数量, 实施周期指标值: 不低于18个, 年度指标值: 不低于12个}");
    Files.writeString(dir.resolve("a.yaml"), yaml);
    Files.writeString(dir.resolve("b.yaml"), yaml);
    assertThat(run("render", "a.yaml", "b.yaml")).isZero();
    assertThat(out.toString().split("不打印「基本信息 › 财政供养人员数」", -1)).hasSize(2);
    assertThat(out.toString()).doesNotContain("不打印「实施周期指标值」");
    assertThat(run("render", "-t", "gd-municipal", "a.yaml")).isZero();
    assertThat(out.toString()).contains("模板「gd-municipal」的 Word 表格不打印「实施周期指标值」");
  }

  @Test
  void badFormatIsAUsageError() throws IOException {
    copySample("x.yaml");
    assertThat(run("render", "--format", "docx,xml", "x.yaml")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingArgumentIsAUsageError() {
    assertThat(run("render")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Usage");
  }

  @Test
  void messagesAreEnglishUnderAnEnglishLocale() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "部门名: 甲\n");
    int code =
        Main.run(
            new String[] {"render", "bad.yaml"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("LANG", "en_US.UTF-8"),
            dir);
    assertThat(code).isEqualTo(ExitCodes.ERRORS);
    assertThat(err.toString())
        .contains("bad.yaml:1:1: error: unknown key “部门名”")
        .contains("did you mean “部门名称”?");
  }

  private void copySample(String target) throws IOException {
    Path t = dir.resolve(target);
    Files.createDirectories(t.getParent());
    Files.copy(Samples.NANSHA, t);
  }
}
