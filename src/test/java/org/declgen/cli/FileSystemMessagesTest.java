package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.internal.Disk;
import org.declgen.testing.FaultyDisk;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-system failures, as a clerk reads them: the path as typed, the reason in words, no temporary
 * file's name; and a declaration's outputs are written as a set, so what the summary says is what
 * is on disk (issue 11 item 6, issue 14 item 9).
 */
class FileSystemMessagesTest {
  private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

  @TempDir Path dir;

  @BeforeEach
  void sample() throws IOException {
    Files.copy(Samples.NANSHA, dir.resolve("p.yaml"));
  }

  private void oldOutputs() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/p.docx"), "old docx");
    Files.writeString(dir.resolve("out/p.md"), "old md");
  }

  private String[] outputs() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  private static FaultyDisk fullWhenWriting(String name) {
    return new FaultyDisk()
        .fail(FaultyDisk.Op.WRITE, name, new IOException("No space left on device"));
  }

  @Test
  void aFullDiskKeepsTheOldOutputsAndTheSummarySaysSo() throws IOException {
    oldOutputs();
    Cli r = Cli.run(dir, fullWhenWriting("p.md"), Map.of(), "render", "p.yaml", "-o", "out");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("无法写入「out/p.md」：磁盘已满\np.yaml：未生成任何文件，原有的输出文件保持不变\n")
        .doesNotContain(".part", "Exception");
    assertThat(r.out()).contains("完成：0 份成功，1 份失败").doesNotContain("已生成");
    assertThat(outputs()).containsExactly("p.docx", "p.md");
    assertThat(dir.resolve("out/p.docx")).hasContent("old docx");
    assertThat(dir.resolve("out/p.md")).hasContent("old md");
  }

  @Test
  void inEnglish() throws IOException {
    Cli r = Cli.run(dir, fullWhenWriting("p.md"), ENGLISH, "render", "p.yaml", "-o", "out");
    assertThat(r.err())
        .contains("cannot write “out/p.md”: the disk is full\n")
        .contains("p.yaml: nothing written; the earlier outputs are unchanged");
    assertThat(dir.resolve("out/p.docx")).doesNotExist();
  }

  @Test
  void aFolderWithoutWritePermission() throws IOException {
    Disk denied =
        new FaultyDisk()
            .fail(FaultyDisk.Op.CREATE, "p.docx", new AccessDeniedException("whatever.part"));
    Cli r = Cli.run(dir, denied, Map.of(), "render", "p.yaml", "-o", "out");
    assertThat(r.err()).contains("无法写入「out/p.docx」：没有写入权限").doesNotContain("whatever");
    Cli en = Cli.run(dir, denied, ENGLISH, "render", "p.yaml", "-o", "out");
    assertThat(en.err()).contains("cannot write “out/p.docx”: no permission to write there");
  }

  @Test
  void aRealReadOnlyFolder() throws IOException {
    assumeFalse(System.getProperty("user.name").equals("root"), "root may write anywhere");
    Path out = Files.createDirectories(dir.resolve("out"));
    assertThat(out.toFile().setWritable(false)).isTrue();
    try {
      Cli r = Cli.run(dir, "render", "p.yaml", "-o", "out");
      assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("无法写入「out/p.docx」：没有写入权限").doesNotContain(".part");
    } finally {
      out.toFile().setWritable(true);
    }
  }

  @Test
  void aFolderNamedLikeAnOutputStopsTheWholeSet() throws IOException {
    Files.createDirectories(dir.resolve("out/p.md"));
    Cli r = Cli.run(dir, "render", "p.yaml", "-o", "out");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("无法写入「out/p.md」：这是一个文件夹，不是文件");
    assertThat(r.out()).contains("完成：0 份成功，1 份失败");
    assertThat(outputs()).containsExactly("p.md");
  }

  @Test
  void anAbsoluteOutputFolderStaysAbsolute() throws IOException {
    Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
    Cli r =
        Cli.run(dir.resolve("p.yaml").getParent(), "render", "p.yaml", "-o", elsewhere.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("已生成 " + elsewhere.resolve("p.docx"))
        .contains("已生成 " + elsewhere.resolve("p.md"));
    Cli relative = Cli.run(dir, "render", "p.yaml", "-o", "../up");
    assertThat(relative.out()).contains("已生成 ../up/p.docx");
  }

  @Test
  void initIntoAFileSaysItIsNotAFolder() throws IOException {
    Files.writeString(dir.resolve("afile"), "");
    Cli r = Cli.run(dir, "init", "某局", "-o", "afile/x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("无法创建「afile/x.yaml」：「afile」是一个文件，不是文件夹\n");
    Cli en = Cli.run(dir, ENGLISH, "init", "某局", "-o", "afile/x.yaml");
    assertThat(en.err())
        .isEqualTo("cannot create “afile/x.yaml”: “afile” is a file, not a folder\n");
  }

  @Test
  void importOnAFullDiskWritesNothing() throws IOException {
    assertThat(Cli.run(dir, "render", "p.yaml", "-f", "docx").code()).isZero();
    Cli r =
        Cli.run(
            dir, fullWhenWriting("q.yaml"), Map.of(), "import", "output/p.docx", "-o", "q.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("无法写入「q.yaml」：磁盘已满");
    assertThat(dir.resolve("q.yaml")).doesNotExist();
  }

  @Test
  void anUnreadableDeclaration() throws IOException {
    Disk denied =
        new FaultyDisk().fail(FaultyDisk.Op.READ, "p.yaml", new AccessDeniedException("p.yaml"));
    Cli r = Cli.run(dir, denied, Map.of(), "check", "p.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("无法读取「p.yaml」：没有读取权限\n");
  }
}
