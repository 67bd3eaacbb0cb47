package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code git diff} with declgen as textconv shows the review Markdown's one-line change. */
class TextconvGitTest {
  @TempDir Path dir;

  @Test
  void textconvPrintsReviewMarkdown() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Cli r = Cli.run(dir, "textconv", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# 部门整体预算绩效目标申报表\n").contains("| 部门预算支出 | 项目支出 | 13,074.48 |\n");
  }

  @Test
  void unreadableDeclarationIsPrintedAsIs() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), "部门名称: [\n");
    Cli r = Cli.run(dir, "textconv", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("部门名称: [\n");
    assertThat(r.err()).contains("x.yaml");
  }

  /** It printed the UTF-16 bytes, which git shows as noise. */
  @Test
  void aDeclarationSavedAsUtf16IsPrintedAsItsText() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    byte[][] encodings = {
      sample.getBytes(StandardCharsets.UTF_16), // big-endian, with a byte-order mark
      sample.getBytes(StandardCharsets.UTF_16LE),
      ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_16LE)
    };
    for (byte[] bytes : encodings) {
      Files.write(dir.resolve("x.yaml"), bytes);
      Cli r = Cli.run(dir, "textconv", "x.yaml");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(sample);
    }
  }

  /** It printed a replacement character for every Chinese one. */
  @Test
  void aDeclarationSavedAsGbkIsPrintedAsItsText() throws IOException {
    String sample = Samples.read(Samples.NANSHA).replace("›", ">");
    Files.write(dir.resolve("x.yaml"), sample.getBytes(Charset.forName("GBK")));
    Cli r = Cli.run(dir, "textconv", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(sample);
  }

  @Test
  void yamlThatIsNoDeclarationIsPrintedAsItIsWithoutComplaint() throws IOException {
    String workflow = "name: ci\non: [push]\njobs: {}\n";
    Files.writeString(dir.resolve("ci.yaml"), workflow);
    Files.writeString(dir.resolve("declgen.yaml"), "模板: gd-municipal\n");
    for (String name : new String[] {"ci.yaml", "declgen.yaml"}) {
      Cli r = Cli.run(dir, "textconv", name);
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(Files.readString(dir.resolve(name)));
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void wordFormIsReadThroughImportAndGivesTheSameMarkdown() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    assertThat(Cli.run(dir, "render", "--format", "docx", "x.yaml").code()).isZero();
    Cli fromYaml = Cli.run(dir, "textconv", "x.yaml");
    Cli fromDocx = Cli.run(dir, "textconv", "output/x.docx");
    assertThat(fromDocx.code()).isZero();
    assertThat(fromDocx.out()).isEqualTo(fromYaml.out());
  }

  /**
   * git shows only the text: a form whose import left a cell out was shown as if it were whole, so
   * a reviewer read a partial form (a restyled template's rows, say) as the complete one.
   */
  @Test
  void wordFormWithCellsNotImportedSaysSoInItsFirstLine() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    assertThat(Cli.run(dir, "render", "--format", "docx", "x.yaml").code()).isZero();
    Path docx = dir.resolve("output/x.docx");
    Files.write(docx, withDocument(Files.readAllBytes(docx), xml -> xml.replace("其他需完成", "备注说明")));

    Cli r = Cli.run(dir, "textconv", "output/x.docx");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "> 注意：「output/x.docx」中有 1 处内容没有导入，下面的内容不完整；"
                + "运行 declgen import output/x.docx 可以看到是哪些\n\n# 部门整体预算绩效目标申报表\n");
    assertThat(r.err()).contains("「备注说明的任务（可选填）」未导入");
  }

  private static byte[] withDocument(byte[] docx, UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void unreadableWordFileSaysSoInsteadOfPrintingBytes() throws IOException {
    Files.writeString(dir.resolve("x.docx"), "not a zip");
    Cli r = Cli.run(dir, "textconv", "x.docx");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("无法读取「x.docx」");
    assertThat(r.err()).contains("x.docx");
  }

  @Test
  void gitDiffShowsTheMarkdownLine() throws IOException {
    GitRepo repo = GitRepo.init(dir);
    Path script = dir.resolve("declgen-textconv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        script,
        "#!/bin/sh\nexec '"
            + java
            + "' -Dfile.encoding=UTF-8 -cp '"
            + System.getProperty("java.class.path")
            + "' org.declgen.cli.Main textconv \"$@\"\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    Files.writeString(dir.resolve(".gitattributes"), "*.yaml diff=declgen\n");
    repo.git("config", "diff.declgen.textconv", script.toString());
    Files.createDirectories(dir.resolve("data"));
    Path yaml = dir.resolve("data/nansha.yaml");
    Files.writeString(yaml, Samples.read(Samples.NANSHA));
    repo.git("add", ".gitattributes", "data");
    repo.git("commit", "-q", "-m", "declaration");
    Files.writeString(
        yaml, Samples.read(Samples.NANSHA).replace("项目支出: 13074.48", "项目支出: 13500.00"));

    String diff = repo.git("diff", "--no-color", "--unified=0");

    assertThat(diff)
        .contains("-| 部门预算支出 | 项目支出 | 13,074.48 |")
        .contains("+| 部门预算支出 | 项目支出 | 13,500.00 |")
        .contains("-| 部门预算支出 | 合计 | 15,074.16 |")
        .contains("+| 部门预算支出 | 合计 | 15,499.68 |")
        .doesNotContain("项目支出: 13500.00");
  }
}
