package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a render says when it cannot do what was asked, found by trying declgen as a new user: two
 * inputs that would write the same outputs, nothing to render, a failed PDF print, a check of
 * outputs for a declaration with errors.
 */
class RenderOutcomesTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void twoInputsThatWouldWriteTheSameOutputsAreRefusedBeforeAnythingIsWritten() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    write("a/x.yaml", sample);
    write("b/X.yml", sample.replace("广州市南沙区政务服务和数据管理局", "乙局"));
    Cli r = Cli.run(dir, "render", "a/x.yaml", "b/X.yml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("「a/x.yaml」和「b/X.yml」会生成同名的输出文件")
        .contains("怎么改: 分两次生成，用 -o 指定不同的输出文件夹");
    assertThat(dir.resolve("output")).doesNotExist();

    Cli same = Cli.run(dir, "render", "-f", "md", "a/x.yaml", "./a/../a/x.yaml", "a");
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).doesNotContain("2 份成功");
    assertThat(dir.resolve("output/x.md")).isRegularFile();

    Cli folders = Cli.run(dir, "render", "-f", "md", ".");
    assertThat(folders.code()).as(folders.err()).isZero();
    assertThat(dir.resolve("output/a/x.md")).isRegularFile();
    assertThat(dir.resolve("output/b/X.md")).isRegularFile();
  }

  @Test
  void aFolderWithoutDeclarationsIsAUsageMistakeForEveryCommand() throws IOException {
    write("empty/notes.yaml", "标题: 会议记录\n");
    for (String command : new String[] {"render", "check", "fmt"}) {
      Cli r = Cli.run(dir, command, "empty");
      assertThat(r.code()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).as(command).contains("没有找到申报表").contains("跳过 1 个非申报表文件");
    }
  }

  @Test
  void checkingTheOutputsOfADeclarationWithErrorsSaysSoAndDoesNotTalkOfWriting()
      throws IOException {
    write("a.yaml", Samples.read(Samples.NANSHA).replace("基本支出: 1999.68", "基本支出: 9999.68"));
    Cli r = Cli.run(dir, "render", "--check", "a.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err()).contains("a.yaml：有错误，无法核对它的输出文件").doesNotContain("--force");
    assertThat(r.out())
        .contains("检查未完成：核对了 0 份申报表，0 个输出文件缺失或已过期；1 份申报表有错误或无法读取，未能核对")
        .doesNotContain("都是最新的");
  }

  @Test
  void anOfficeThatEndsWithoutAPdfIsToldInWords() throws IOException {
    write("a.yaml", Samples.read(Samples.NANSHA));
    Path office = fakeOffice("exit 0");
    Cli r =
        Cli.run(dir, Map.of("DECLGEN_SOFFICE", office.toString()), "render", "-f", "pdf", "a.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("LibreOffice 运行结束，但没有写出 PDF；没有写出任何文件").doesNotContain("（form）");
  }

  @Test
  void aPdfThatLibreOfficeCannotPrintIsNotTheDeclarationsFault() throws IOException {
    write("a.yaml", Samples.read(Samples.NANSHA));
    Path office = fakeOffice("exit 1");
    Cli r =
        Cli.run(dir, Map.of("DECLGEN_SOFFICE", office.toString()), "render", "-f", "pdf", "a.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("LibreOffice 没能把表格打印为 PDF")
        .contains("a.yaml：LibreOffice 没能打印 PDF（见上），未生成任何文件")
        .doesNotContain("a.yaml：有错误");
    assertThat(dir.resolve("output/a.pdf")).doesNotExist();
  }

  /** A stand-in for LibreOffice that runs {@code script} and writes no PDF. */
  private Path fakeOffice(String script) throws IOException {
    Path office = dir.resolve("soffice");
    Files.writeString(office, "#!/bin/sh\n" + script + "\n");
    Files.setPosixFilePermissions(office, PosixFilePermissions.fromString("rwxr-xr-x"));
    return office;
  }
}
