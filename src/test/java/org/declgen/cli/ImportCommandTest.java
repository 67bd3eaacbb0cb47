package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final Path SEED = Path.of("src/test/resources/import/nansha-seed.txt");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, dir);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  /**
   * The sample as import writes it outside a repository: its schema reference points at the schema
   * written beside it (see {@code EditorSchemaTest}).
   */
  private static String sampleBesideItsSchema() {
    return Samples.read(Samples.NANSHA)
        .replace(
            "$schema=../schema/declaration.schema.json",
            "$schema=.declgen/declaration.schema.json");
  }

  @Test
  void writesCanonicalYamlBesideTheInput() throws IOException {
    Files.copy(SEED, dir.resolve("南沙.txt"));

    int code = run("import", "南沙.txt");

    assertThat(code).isZero();
    assertThat(Files.readString(dir.resolve("南沙.yaml"))).isEqualTo(sampleBesideItsSchema());
    assertThat(out.toString()).contains("已导入 南沙.txt → 南沙.yaml（3 项重点工作任务，25 个三级指标）");
    assertThat(err.toString()).contains("已移回一级指标列");
  }

  @Test
  void neverOverwritesWithoutForce() throws IOException {
    Files.copy(SEED, dir.resolve("seed.md"));
    Files.writeString(dir.resolve("out.yaml"), "mine");

    assertThat(run("import", "seed.md", "-o", "out.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(dir.resolve("out.yaml"))).isEqualTo("mine");
    assertThat(err.toString()).contains("「out.yaml」已存在").contains("--force");

    assertThat(run("import", "seed.md", "-o", "out.yaml", "--force")).isZero();
    assertThat(Files.readString(dir.resolve("out.yaml"))).isEqualTo(sampleBesideItsSchema());
  }

  @Test
  void whatIsWrongWithTheInputIsSaidBeforeThatTheOutputExists() throws IOException {
    // `import 申报表.yaml` names the declaration itself, whose name is also the default output.
    Files.writeString(dir.resolve("申报表.yaml"), "mine");
    assertThat(run("import", "申报表.yaml")).isEqualTo(1);
    assertThat(err.toString()).contains("不支持导入「.yaml」类型的文件").doesNotContain("已存在");

    // The form was moved away after an earlier import.
    Files.writeString(dir.resolve("旧表.yaml"), "mine");
    err.getBuffer().setLength(0);
    assertThat(run("import", "旧表.docx")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("找不到「旧表.docx」").doesNotContain("已存在");
    assertThat(Files.readString(dir.resolve("旧表.yaml"))).isEqualTo("mine");
  }

  @Test
  void unmappedCellsFailUnlessAllowed() throws IOException {
    String seed = Files.readString(SEED) + "\n\n填报人：张三　联系电话：020-12345678\n";
    Files.writeString(dir.resolve("seed.md"), seed);

    assertThat(run("import", "seed.md")).isEqualTo(1);
    assertThat(err.toString())
        .contains("「填报人：张三　联系电话：020-12345678」未导入")
        .contains("有 1 处内容未导入，未写入 seed.yaml");
    assertThat(dir.resolve("seed.yaml")).doesNotExist();

    assertThat(run("import", "seed.md", "--allow-unmapped")).isZero();
    assertThat(Files.readString(dir.resolve("seed.yaml"))).isEqualTo(sampleBesideItsSchema());
  }

  @Test
  void hostileFileIsRefusedInEnglishToo() throws IOException {
    byte[] ole2 = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    Files.write(dir.resolve("locked.docx"), ole2);

    assertThat(run(Map.of("DECLGEN_LANG", "en"), "import", "locked.docx")).isEqualTo(1);
    assertThat(err.toString()).contains("encrypted (password-protected) Office file");
    assertThat(dir.resolve("locked.yaml")).doesNotExist();
  }
}
