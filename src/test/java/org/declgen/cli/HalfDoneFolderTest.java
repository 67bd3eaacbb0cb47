package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.declgen.testing.FaultyDisk;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder render that was killed, or met a full disk, leaves nothing stray for good and is
 * finished by running it again (issue 14 item 9): declgen's temporary files are cleaned up by the
 * next render into the folder, each declaration's outputs are replaced as a set, and the summary
 * says what is on disk.
 */
class HalfDoneFolderTest {
  @TempDir Path dir;

  @BeforeEach
  void forms() {
    Cli made =
        Cli.run(
            dir,
            "bench",
            "--sample",
            Samples.NANSHA.toAbsolutePath().toString(),
            "--make-batch",
            "forms",
            "--count",
            "16");
    assertThat(made.code()).isZero();
  }

  /** Every file under {@code out}, relative to it. */
  private List<String> files(String out) throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve(out))) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.resolve(out).relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static long deadPid() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private void assertFinished(String out) throws IOException {
    List<String> files = files(out);
    assertThat(files).hasSize(32).noneMatch(f -> f.contains(".declgen-") || f.endsWith(".part"));
    Cli check = Cli.run(dir, "render", "--check", "forms", "-o", out);
    assertThat(check.code()).as(check.out()).isZero();
    assertThat(check.out()).contains("16 份申报表的输出文件都是最新的");
  }

  @Test
  void whatAKilledRunLeftIsCleanedUpAndTheRunFinished() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    long dead = deadPid();
    Files.writeString(dir.resolve("out/form-00001.docx"), "a new docx whose md was not moved yet");
    Files.writeString(dir.resolve("out/form-00001.md"), "the old md");
    Files.writeString(
        dir.resolve("out/.form-00002.docx.declgen-" + dead + "-0123abcd.part"), "half");
    Files.writeString(
        dir.resolve("out/.form-00003.md.declgen-" + dead + "-89abcdef.old"), "old md");
    Files.writeString(
        dir.resolve("out/.form-00003.md.declgen-" + dead + "-0123abcd.part"), "new md");

    Cli again = Cli.run(dir, "render", "forms", "-o", "out");

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("完成：16 份成功，0 份失败");
    assertFinished("out");
  }

  @Test
  void aRunKilledWithSigkillIsFinishedByTheNextRun() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "render",
                "forms",
                "-o",
                "out")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (child.isAlive() && outputsSoFar() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    boolean finishedFirst = !child.isAlive();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    if (finishedFirst) {
      assertThat(child.exitValue()).as("the child render itself").isZero();
    }

    Cli again = Cli.run(dir, "render", "forms", "-o", "out");

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("完成：16 份成功，0 份失败");
    assertFinished("out");
  }

  private int outputsSoFar() throws IOException {
    Path out = dir.resolve("out");
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(out)) {
      return (int) files.count();
    }
  }

  @Test
  void aFullDiskNeverLeavesAWordFileWithoutItsMarkdown() throws IOException {
    assertThat(Cli.run(dir, "render", "forms", "-o", "out").code()).isZero();
    List<Path> outputs = new ArrayList<>();
    for (String name : files("out")) {
      outputs.add(dir.resolve("out").resolve(name));
      Files.writeString(dir.resolve("out").resolve(name), "old");
    }
    FaultyDisk full =
        new FaultyDisk()
            .fail(FaultyDisk.Op.WRITE, "form-00007.md", new IOException("No space left on device"));

    Cli r = Cli.run(dir, full, Map.of(), "render", "forms", "-o", "out");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).contains("完成：15 份成功，1 份失败");
    assertThat(r.err())
        .contains("无法写入「out/form-00007.md」：磁盘已满\nforms/form-00007.yaml：未生成任何文件，原有的输出文件保持不变\n")
        .doesNotContain(".part");
    for (Path p : outputs) {
      boolean old = Arrays.equals(Files.readAllBytes(p), "old".getBytes(StandardCharsets.UTF_8));
      assertThat(old)
          .as(p.toString())
          .isEqualTo(p.getFileName().toString().startsWith("form-00007."));
    }
    assertThat(files("out")).hasSize(32);
  }
}
