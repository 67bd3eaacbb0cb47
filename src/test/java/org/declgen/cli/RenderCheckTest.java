package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --check}: a CI guard against committed outputs that no longer match the YAML. */
class RenderCheckTest {
  @TempDir Path dir;

  @Test
  void upToDateOutputsPassAndStaleOnesFail() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    assertThat(Cli.run(dir, "render", "--format", "md", "x.yaml").code()).isZero();
    byte[] written = Files.readAllBytes(dir.resolve("output/x.md"));

    Cli fresh = Cli.run(dir, "render", "--check", "--format", "md", "x.yaml");
    assertThat(fresh.code()).isZero();
    assertThat(fresh.out()).contains("都是最新的");

    Files.writeString(
        dir.resolve("x.yaml"),
        Samples.read(Samples.NANSHA).replace("指标值: ≥800RPS", "指标值: ≥1000RPS"));
    Cli stale = Cli.run(dir, "render", "--check", "--format", "md", "x.yaml");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.out()).contains("output/x.md：已过期");
    assertThat(Files.readAllBytes(dir.resolve("output/x.md"))).isEqualTo(written);
  }

  @Test
  void missingOutputsFailInTheGivenFolder() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Cli r = Cli.run(dir, "render", "--check", "-o", "committed", "x.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("committed/x.docx：缺少此输出文件", "committed/x.md：缺少此输出文件");
    assertThat(dir.resolve("committed")).doesNotExist();
  }

  @Test
  void docxOutputIsByteStableSoCheckPasses() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    assertThat(Cli.run(dir, "render", "x.yaml").code()).isZero();
    assertThat(Cli.run(dir, "render", "--check", "x.yaml").code()).isZero();
  }
}
