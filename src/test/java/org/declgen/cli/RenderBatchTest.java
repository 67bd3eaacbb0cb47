package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.internal.Disk;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render DIR} on all cores: order, failures that stop nothing, the summary, a bar. */
class RenderBatchTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(boolean terminal, String... args) {
    return Main.run(
        args,
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        Map.of("LANG", "C.UTF-8"),
        dir,
        terminal,
        Disk.REAL);
  }

  @Test
  void aBadFileFailsAloneAndLinesComeInFileOrder() throws IOException {
    for (int i = 1; i <= 12; i++) {
      Files.createDirectories(dir.resolve("forms"));
      Files.copy(Samples.NANSHA, dir.resolve(String.format("forms/f%02d.yaml", i)));
    }
    Files.writeString(dir.resolve("forms/f05.yaml"), "部门名称: 甲\n预算整体情况: [\n");
    assertThat(run(false, "render", "--format", "md", "forms")).isEqualTo(ExitCodes.ERRORS);
    assertThat(out.toString()).contains("完成：11 份成功，1 份失败，用时 ");
    assertThat(dir.resolve("output/f12.md")).isRegularFile();
    assertThat(dir.resolve("output/f05.md")).doesNotExist();
    String printed = out.toString();
    for (int i = 1; i < 12; i++) {
      if (i != 4 && i != 5) {
        assertThat(printed.indexOf(String.format("output/f%02d.md", i)))
            .isLessThan(printed.indexOf(String.format("output/f%02d.md", i + 1)));
      }
    }
    assertThat(err.toString()).contains("forms/f05.yaml").contains("未生成任何文件");
  }

  @Test
  void aTerminalGetsABarInsteadOfALinePerFile() throws IOException {
    Files.createDirectories(dir.resolve("forms"));
    Files.copy(Samples.NANSHA, dir.resolve("forms/a.yaml"));
    Files.copy(Samples.NANSHA, dir.resolve("forms/b.yaml"));
    assertThat(run(true, "render", "--format", "md", "forms")).isZero();
    assertThat(err.toString()).contains("渲染中 [").contains("2/2");
    assertThat(out.toString()).doesNotContain("已生成").contains("完成：2 份成功，0 份失败");
  }

  @Test
  void textconvAsGitRunsItPrintsWhatTheFullCommandLinePrints() throws IOException {
    Files.copy(Samples.NANSHA, dir.resolve("a.yaml"));
    assertThat(run(false, "textconv", "a.yaml")).isZero();
    String plain = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run(false, "textconv", "--template", "gz-district", "a.yaml")).isZero();
    assertThat(out.toString()).isEqualTo(plain).contains("# 部门整体预算绩效目标申报表");
  }

  @Test
  void benchWritesDistinctDeclarationsForABatch() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.copy(Samples.NANSHA, dir.resolve("data/nansha-zwsj.yaml"));
    assertThat(run(false, "bench", "--make-batch", "forms", "--count", "3")).isZero();
    assertThat(Files.readString(dir.resolve("forms/form-00003.yaml")))
        .contains("部门名称: 广州市南沙区政务服务和数据管理局（3）");
    assertThat(run(false, "render", "--format", "md", "forms")).isZero();
    assertThat(out.toString()).contains("完成：3 份成功，0 份失败");
  }
}
