package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declgen template inspect}: what a template fills, what it copies, what it reads. */
class TemplateCommandTest {
  @Test
  void inspectShowsThePackageAndTheMarkupWhereItWasTyped() {
    Cli r = Cli.run(Path.of("."), "template", "inspect", "gz-district");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("主文档：word/document.xml")
        .contains("照原样复制的部件：[Content_Types].xml、_rels/.rels、")
        .contains("第 2 个表格「绩效指标」第 2 行第 2 列: <#list 绩效指标行 as 指标>")
        .contains("用到的数据名称：")
        .contains("  绩效指标行[].三级指标");
  }

  @Test
  void inspectOfAFileThatIsNoWordDocumentSaysHowToSaveIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("old.docx"), "not a package");

    Cli r = Cli.run(dir, "template", "inspect", "old.docx");

    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err())
        .contains("old.docx")
        .contains("模板不是有效的 Word 文档（.docx）：文件不是 .docx 格式")
        .contains("另存为「Word 文档 (*.docx)」");
  }
}
