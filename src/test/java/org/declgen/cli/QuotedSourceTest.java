package org.declgen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.internal.Disk;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagnostic quotes the line of the text that was parsed, never a second read of a file by name
 * (issue 13 item 3).
 */
class QuotedSourceTest {
  @TempDir Path dir;

  @Test
  void textconvOfAFileInASubfolderQuotesThatFile() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), Samples.read(Samples.NANSHA));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.yaml"), "部门名称: 甲\n年度: ~\n总体绩效目的: x\n");
    Cli r = Cli.run(dir, "textconv", "sub/a.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("sub/a.yaml:3:1: 错误: 不认识的键「总体绩效目的」\n  总体绩效目的: x\n  ^\n");
    assertThat(r.out()).isEqualTo("部门名称: 甲\n年度: ~\n总体绩效目的: x\n");
  }

  @Test
  void anErrorInATemplatesReviewMarkdownQuotesTheTemplate() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Files.createDirectories(dir.resolve("templates/mine"));
    Files.copy(
        Path.of("templates/gz-district/template.docx"),
        dir.resolve("templates/mine/template.docx"));
    Files.writeString(dir.resolve("templates/mine/review.md.ftl"), "# 标题\n${部门名称\n");
    String quoted = "templates/mine/review.md.ftl:2:7: 错误: 审阅 Markdown 模板错误：";
    Cli render = Cli.run(dir, "render", "-t", "mine", "-f", "md", "x.yaml");
    assertThat(render.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(render.err()).contains(quoted).contains("\n  ${部门名称\n");
    Cli textconv = Cli.run(dir, "textconv", "-t", "mine", "x.yaml");
    assertThat(textconv.err()).contains(quoted).contains("\n  ${部门名称\n");
  }

  @Test
  void textconvPrintsTheSettingsFileAsItIs() throws IOException {
    Files.writeString(dir.resolve("declgen.yaml"), "模板: gd-municipal\n");
    Cli r = Cli.run(dir, "textconv", "declgen.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("模板: gd-municipal\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aVersionReadThroughGitIsQuoted() throws IOException {
    GitRepo repo = GitRepo.init(dir);
    Files.writeString(dir.resolve("x.yaml"), "部门名称: 甲\n年度: 二〇二四年\n总体绩效目的: x\n");
    repo.git("add", "x.yaml");
    repo.git("commit", "-q", "-m", "a mistake");
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Cli r = Cli.run(dir, "diff", "HEAD:x.yaml", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("HEAD:x.yaml:3:1: 错误: 不认识的键「总体绩效目的」\n  总体绩效目的: x\n  ^\n");
  }

  @Test
  void theQuotedLineIsTheOneParsedEvenIfTheFileSaysOtherwiseNow() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Disk readOnce =
        new Disk() {
          @Override
          public byte[] read(Path file) {
            return "部门名称: 甲\n总体绩效目的: x\n".getBytes(UTF_8);
          }
        };
    Cli r = Cli.run(dir, readOnce, Map.of(), "check", "x.yaml");
    assertThat(r.out()).startsWith("x.yaml:2:1: 错误: 不认识的键「总体绩效目的」\n  总体绩效目的: x\n  ^\n");
  }
}
