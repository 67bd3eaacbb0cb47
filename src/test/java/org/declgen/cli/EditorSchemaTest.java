package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declgen.pipeline.EditorSchema;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code $schema} reference {@code init} and {@code import} write resolves where the file is,
 * in a repository that is not declgen's own, from any folder (issue 11 item 3).
 */
class EditorSchemaTest {
  private static final String MODELINE = "# yaml-language-server: $schema=";
  private static final Path FORM =
      Path.of("src/test/resources/import/nansha-gd-municipal-libreoffice.docx");

  @TempDir Path dir;

  /** The file the declaration's first line refers to, as an editor resolves it. */
  private static Path referenced(Path yaml) throws IOException {
    String first = Files.readAllLines(yaml).get(0);
    assertThat(first).startsWith(MODELINE);
    return yaml.getParent().resolve(first.substring(MODELINE.length())).normalize();
  }

  private static void assertResolves(Path yaml) throws IOException {
    Path schema = referenced(yaml);
    assertThat(schema).as(yaml + " refers to " + schema).isRegularFile();
    assertThat(Files.readString(schema)).isEqualTo(EditorSchema.text());
  }

  @Test
  void initPlacesTheSchemaAtTheRepositoryTopAndRefersToItFromAnyFolder() throws IOException {
    Path repo = GitRepo.init(Files.createDirectories(dir.resolve("部门 仓库"))).dir();
    Cli first = Cli.run(repo, "init", "某局", "-o", "data/a.yaml");
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("已写入编辑器提示文件 .declgen/declaration.schema.json");
    assertThat(Files.readAllLines(repo.resolve("data/a.yaml")).get(0))
        .isEqualTo(MODELINE + "../.declgen/declaration.schema.json");
    assertResolves(repo.resolve("data/a.yaml"));

    Files.createDirectories(repo.resolve("src"));
    Cli fromBelow = Cli.run(repo.resolve("src"), "init", "某局", "-o", "x.yaml");
    assertThat(fromBelow.out()).doesNotContain("编辑器提示文件");
    assertResolves(repo.resolve("src/x.yaml"));
    assertThat(Cli.run(repo.resolve("src"), "init", "某局", "-o", "../deep/er/y.yaml").code())
        .isZero();
    assertResolves(repo.resolve("deep/er/y.yaml"));
    Path absolute = repo.resolve("abs.yaml").toAbsolutePath();
    assertThat(Cli.run(dir, "init", "某局", "-o", absolute.toString()).code()).isZero();
    assertResolves(absolute);
  }

  @Test
  void importRefersToTheSameSchema() throws IOException {
    Path repo = GitRepo.init(Files.createDirectories(dir.resolve("repo"))).dir();
    Files.copy(FORM, repo.resolve("form.docx"));
    Cli r = Cli.run(repo, "import", "form.docx", "-o", "2025/b.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("已写入编辑器提示文件 .declgen/declaration.schema.json");
    assertResolves(repo.resolve("2025/b.yaml"));
    Files.createDirectories(repo.resolve("2026"));
    Cli beside = Cli.run(repo.resolve("2026"), "import", "../form.docx", "-o", "c.yaml");
    assertThat(beside.code()).isZero();
    assertResolves(repo.resolve("2026/c.yaml"));
  }

  @Test
  void fmtRepairsTheReferenceOfADeclarationCopiedFromElsewhere() throws IOException {
    Path repo = GitRepo.init(Files.createDirectories(dir.resolve("水务局"))).dir();
    Path copied = Files.createDirectories(repo.resolve("申报")).resolve("a.yaml");
    Files.copy(Samples.NANSHA, copied);
    assertThat(Files.readAllLines(copied).get(0))
        .isEqualTo(MODELINE + "../schema/declaration.schema.json");

    Cli before = Cli.run(repo, "fmt", "申报/a.yaml");
    assertThat(before.code()).isZero();
    assertThat(Files.readAllLines(copied).get(0))
        .as("no schema to refer to yet")
        .contains("../schema/");

    assertThat(Cli.run(repo, "git-setup").code()).isZero();
    assertThat(Cli.run(repo, "fmt", "申报/a.yaml").code()).isZero();
    assertResolves(copied);
    assertThat(Cli.run(repo, "fmt", "--check", "申报/a.yaml").code()).isZero();
  }

  @Test
  void fmtKeepsAReferenceThatResolvesOrIsAWebAddress() throws IOException {
    Path repo = GitRepo.init(Files.createDirectories(dir.resolve("repo"))).dir();
    assertThat(Cli.run(repo, "init", "某局", "-o", "a.yaml").code()).isZero();
    Files.createDirectories(repo.resolve("mine"));
    Files.writeString(repo.resolve("mine/s.json"), EditorSchema.text());
    String text = Files.readString(repo.resolve("a.yaml"));
    for (String reference : List.of("mine/s.json", "https://example.org/s.json")) {
      String named = text.replaceFirst("\\$schema=\\S+", "\\$schema=" + reference);
      Files.writeString(repo.resolve("a.yaml"), named);
      assertThat(Cli.run(repo, "fmt", "a.yaml").code()).isZero();
      assertThat(Files.readAllLines(repo.resolve("a.yaml")).get(0)).isEqualTo(MODELINE + reference);
    }
  }

  @Test
  void outsideARepositoryTheSchemaGoesBesideTheDeclaration() throws IOException {
    Files.createDirectories(dir.resolve("loose"));
    assertThat(Cli.run(dir.resolve("loose"), "init", "某局", "-o", "x.yaml").code()).isZero();
    assertThat(dir.resolve("loose/.declgen/declaration.schema.json")).isRegularFile();
    assertResolves(dir.resolve("loose/x.yaml"));
  }

  @Test
  void aRepositoryWithItsOwnSchemaFolderKeepsUsingIt() throws IOException {
    Path repo = GitRepo.init(Files.createDirectories(dir.resolve("repo"))).dir();
    Files.createDirectories(repo.resolve("schema"));
    Files.writeString(repo.resolve("schema/declaration.schema.json"), EditorSchema.text());
    assertThat(Cli.run(repo, "init", "某局", "-o", "data/a.yaml").code()).isZero();
    assertThat(Files.readAllLines(repo.resolve("data/a.yaml")).get(0))
        .isEqualTo(MODELINE + "../schema/declaration.schema.json");
    assertThat(repo.resolve(".declgen")).doesNotExist();
  }

  @Test
  void theSampleInThisRepositoryKeepsAWorkingReference() throws IOException {
    assertResolves(Samples.NANSHA);
    assertThat(EditorSchema.forDeclaration(Samples.NANSHA).reference())
        .isEqualTo("../schema/declaration.schema.json");
  }
}
