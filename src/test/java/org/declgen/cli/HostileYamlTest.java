package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's terminal shows for hostile files (issue 14 finding 7, issue 12 item 5): a short,
 * positioned message in their language, nothing raw, exit code 1.
 */
class HostileYamlTest {
  private static final String SAMPLE = "部门名称: 某局\n年度: ~\n";

  private static Cli check(Path dir, byte[] content) throws IOException {
    Files.write(dir.resolve("x.yaml"), content);
    return Cli.run(dir, "check", "x.yaml");
  }

  private static String printed(Cli r) {
    return r.out() + r.err();
  }

  @Test
  void aWordFileRenamedYamlIsNamedAndNoneOfItsBytesArePrinted(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(docx)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[] {0, 8, 8, 27, '[', '2', 'J'});
      zip.closeEntry();
    }
    Cli r = check(dir, docx.toByteArray());
    assertThat(r.code()).isEqualTo(1);
    assertThat(printed(r))
        .startsWith("x.yaml: 错误: 这是一个 Word 文件（.docx），不是 YAML 申报表，未读取\n  怎么改: 把文件扩展名改回 .docx")
        .doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]")
        .doesNotContain("PK");
  }

  @Test
  void anErrorOnAVeryLongLinePrintsAShortWindowOfIt(@TempDir Path dir) throws IOException {
    String yaml = SAMPLE + "总体绩效目标: \"" + "长".repeat(90_000) + "\\q\"\n";
    Cli r = check(dir, yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.code()).isEqualTo(1);
    assertThat(printed(r))
        .startsWith("x.yaml:3:90011: 错误: YAML 格式错误：双引号中有无法识别的转义")
        .contains("  …长长长")
        .hasSizeLessThan(1_000);
  }

  @Test
  void aMegabyteLineIsRefusedInAFewLines(@TempDir Path dir) throws IOException {
    String yaml = SAMPLE + "总体绩效目标: " + "x".repeat(1_000_000) + "\n";
    Cli r = check(dir, yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.code()).isEqualTo(1);
    assertThat(printed(r))
        .startsWith("x.yaml:3:200001: 错误: 这一行超过 200,000 个字符")
        .hasSizeLessThan(1_000);
  }

  @Test
  void controlCharactersInAQuotedLineAreShownEscaped(@TempDir Path dir) throws IOException {
    String yaml = SAMPLE + "总体绩效目标: a\u0008\u001b[2J\n";
    Cli r = check(dir, yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.code()).isEqualTo(1);
    assertThat(printed(r))
        .contains("x.yaml:3:10: 错误: 文件中有不可见的控制字符 U+0008\n  总体绩效目标: a\\x08\\x1B[2J\n")
        .doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
  }
}
