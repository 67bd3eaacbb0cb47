package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form type is a fact of the declaration (issue 11 item 4): every command treats a declaration
 * that says {@code 模板: gd-municipal} as the 市级 form without {@code -t}; {@code -t} overrides the
 * declaration, which overrides declgen.yaml, which overrides the default.
 */
class FormTypeTest {
  private static final String MUNICIPAL_CHECK = "检查了 1 份申报表：0 个错误，8 个警告";
  private static final String DISTRICT_CHECK = "检查了 1 份申报表：0 个错误，5 个警告";

  @TempDir Path dir;

  /** The sample, saying it is the 市级 form. */
  private String municipal;

  @BeforeEach
  void declarations() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    municipal = sample.replaceFirst("\n部门名称:", "\n模板: gd-municipal\n部门名称:");
    assertThat(municipal).isNotEqualTo(sample);
    Files.writeString(dir.resolve("m.yaml"), municipal);
    Files.writeString(dir.resolve("d.yaml"), sample);
  }

  @Test
  void checkHoldsItToTheMunicipalFramework() {
    assertThat(Cli.run(dir, "check", "m.yaml").out()).contains(MUNICIPAL_CHECK);
    assertThat(Cli.run(dir, "check", "d.yaml").out()).contains(DISTRICT_CHECK);
  }

  @Test
  void renderWritesTheMunicipalForm() throws IOException {
    assertThat(Cli.run(dir, "render", "m.yaml", "-o", "own").code()).isZero();
    assertThat(Cli.run(dir, "render", "m.yaml", "-t", "gd-municipal", "-o", "named").code())
        .isZero();
    assertThat(Cli.run(dir, "render", "m.yaml", "-t", "gz-district", "-o", "district").code())
        .isZero();
    for (String output : new String[] {"m.docx", "m.md"}) {
      byte[] own = Files.readAllBytes(dir.resolve("own").resolve(output));
      assertThat(own).isEqualTo(Files.readAllBytes(dir.resolve("named").resolve(output)));
      assertThat(own).isNotEqualTo(Files.readAllBytes(dir.resolve("district").resolve(output)));
    }
    assertThat(Files.readString(dir.resolve("own/m.md"))).startsWith("# 市级部门整体预算绩效目标表\n");
    assertThat(Files.readString(dir.resolve("district/m.md"))).startsWith("# 部门整体预算绩效目标申报表\n");
  }

  @Test
  void renderCheckComparesWithTheMunicipalForm() {
    assertThat(Cli.run(dir, "render", "m.yaml", "-o", "out").code()).isZero();
    assertThat(Cli.run(dir, "render", "--check", "m.yaml", "-o", "out").code()).isZero();
    assertThat(Cli.run(dir, "render", "--check", "-t", "gz-district", "m.yaml", "-o", "out").code())
        .isEqualTo(ExitCodes.ERRORS);
  }

  @Test
  void textconvUsesTheMunicipalReviewMarkdown() {
    Cli own = Cli.run(dir, "textconv", "m.yaml");
    assertThat(own.out())
        .startsWith("# 市级部门整体预算绩效目标表\n")
        .isEqualTo(Cli.run(dir, "textconv", "-t", "gd-municipal", "m.yaml").out())
        .isNotEqualTo(Cli.run(dir, "textconv", "-t", "gz-district", "m.yaml").out());
  }

  @Test
  void diffSaysWhenADeclarationBecomesAnotherForm() throws IOException {
    Cli changed = Cli.run(dir, "diff", "d.yaml", "m.yaml");
    assertThat(changed.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(changed.out()).contains("## 模板\n\n- gz-district → gd-municipal\n");
    Files.writeString(
        dir.resolve("named.yaml"),
        Samples.read(Samples.NANSHA).replaceFirst("\n部门名称:", "\n模板: gz-district\n部门名称:"));
    Cli same = Cli.run(dir, "diff", "d.yaml", "named.yaml");
    assertThat(same.code()).as("writing down the template that applied anyway").isZero();
  }

  @Test
  void importRecordsTheMunicipalForm() throws IOException {
    assertThat(Cli.run(dir, "render", "-f", "docx", "m.yaml", "-o", "forms").code()).isZero();
    Cli imported = Cli.run(dir, "import", "forms/m.docx", "-o", "back.yaml");
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(Files.readString(dir.resolve("back.yaml"))).contains("\n模板: gd-municipal");
    assertThat(Cli.run(dir, "check", "back.yaml").out()).contains("8 个警告");
  }

  @Test
  void importRecordsTheDistrictFormWhereTheFolderSaysMunicipal() throws IOException {
    assertThat(Cli.run(dir, "render", "-f", "docx", "d.yaml", "-o", "forms").code()).isZero();
    Files.createDirectories(dir.resolve("shi"));
    Files.writeString(dir.resolve("shi/declgen.yaml"), "模板: gd-municipal\n");
    assertThat(Cli.run(dir, "import", "forms/d.docx", "-o", "shi/d.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("shi/d.yaml"))).contains("\n模板: gz-district");
    assertThat(Cli.run(dir, "check", "shi/d.yaml").out()).contains(DISTRICT_CHECK);
    assertThat(Cli.run(dir, "import", "forms/d.docx", "-o", "plain.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("plain.yaml"))).doesNotContain("模板:");
    assertThat(Cli.run(dir, "import", "-t", "gd-municipal", "forms/d.docx", "-o", "t.yaml").code())
        .isZero();
    assertThat(Files.readString(dir.resolve("t.yaml"))).contains("\n模板: gd-municipal");
  }

  @Test
  void initFollowsTheFolderAndRecordsOnlyWhatItIsTold() throws IOException {
    Files.createDirectories(dir.resolve("shi"));
    Files.writeString(dir.resolve("shi/declgen.yaml"), "模板: gd-municipal\n");
    assertThat(Cli.run(dir, "init", "某局", "-o", "shi/a.yaml").code()).isZero();
    String byFolder = Files.readString(dir.resolve("shi/a.yaml"));
    assertThat(byFolder).doesNotContain("模板:").contains("可持续影响指标: []");
    assertThat(Cli.run(dir, "init", "某局", "-o", "b.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("b.yaml"))).doesNotContain("可持续影响指标");
    assertThat(Cli.run(dir, "init", "某局", "-t", "gd-municipal", "-o", "c.yaml").code()).isZero();
    assertThat(Files.readString(dir.resolve("c.yaml")))
        .contains("\n模板: gd-municipal")
        .contains("可持续影响指标: []");
  }

  @Test
  void theDeclarationOverridesTheFolderAndTheCommandLineOverridesBoth() throws IOException {
    Files.writeString(dir.resolve("declgen.yaml"), "模板: gz-district\n");
    assertThat(Cli.run(dir, "check", "m.yaml").out()).contains(MUNICIPAL_CHECK);
    assertThat(Cli.run(dir, "check", "-t", "gz-district", "m.yaml").out()).contains(DISTRICT_CHECK);
    Files.writeString(dir.resolve("declgen.yaml"), "模板: gd-municipal\n");
    assertThat(Cli.run(dir, "check", "d.yaml").out()).contains(MUNICIPAL_CHECK);
  }

  @Test
  void anUnknownTemplateIsAnErrorWhereTheDeclarationNamesIt() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), municipal.replace("gd-municipal", "gd-municpal"));
    Cli check = Cli.run(dir, "check", "x.yaml");
    assertThat(check.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(check.out())
        .contains("x.yaml:4:5: 错误: 找不到模板「gd-municpal」\n  模板: gd-municpal\n        ^\n")
        .contains("gd-municipal");
    Cli render = Cli.run(dir, "render", "x.yaml");
    assertThat(render.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(render.err()).contains("x.yaml:4:5: 错误: 找不到模板「gd-municpal」");
    assertThat(dir.resolve("output/x.docx")).doesNotExist();
  }
}
