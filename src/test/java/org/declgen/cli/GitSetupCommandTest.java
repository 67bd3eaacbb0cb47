package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.pipeline.EditorSchema;
import org.declgen.testing.Distribution;
import org.declgen.testing.GitRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declgen git-setup} in a repository that is not declgen's own (issue 11 item 2). */
class GitSetupCommandTest {
  private static final String LINES =
      "*.yaml diff=declgen\n*.yml diff=declgen\n*.docx diff=declgen\n*.xlsx diff=declgen\n"
          + "declgen.yaml diff\n";

  @TempDir Path dir;
  private GitRepo repo;
  private Map<String, String> env;

  @BeforeEach
  void repository() throws IOException {
    repo = GitRepo.init(Files.createDirectories(dir.resolve("部门 申报")));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Distribution.script(bin.resolve("declgen"), "#!/bin/sh\n");
    env = Map.of("PATH", bin + ":/usr/bin:/bin");
  }

  @Test
  void writesTheAttributesTheConfigAndTheSchemaAndSaysSo() throws IOException {
    Files.createDirectories(repo.dir().resolve("data/2025"));
    Cli r = Cli.run(repo.dir().resolve("data/2025"), env, "git-setup");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(repo.dir().resolve(".gitattributes")))
        .endsWith(LINES)
        .startsWith("# declgen git-setup：");
    assertThat(repo.git("config", "diff.declgen.textconv")).isEqualTo("declgen textconv\n");
    assertThat(repo.git("config", "diff.declgen.cachetextconv")).isEqualTo("true\n");
    assertThat(Files.readString(repo.dir().resolve(".declgen/declaration.schema.json")))
        .isEqualTo(EditorSchema.text());
    assertThat(r.out())
        .contains("仓库：" + repo.dir().toRealPath())
        .contains("../../.gitattributes：已写入 declgen 的几行")
        .contains("git config diff.declgen.textconv：已设为「declgen textconv」")
        .contains("git config diff.declgen.cachetextconv：已设为 true")
        .contains("../../.declgen/declaration.schema.json：已写入编辑器提示文件")
        .contains("git add .gitattributes ../../.declgen");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void runningItAgainChangesNothingAndSaysSo() throws IOException {
    assertThat(Cli.run(repo.dir(), env, "git-setup").code()).isZero();
    String attributes = Files.readString(repo.dir().resolve(".gitattributes"));

    Cli again = Cli.run(repo.dir(), env, "git-setup");

    assertThat(again.code()).isZero();
    assertThat(Files.readString(repo.dir().resolve(".gitattributes"))).isEqualTo(attributes);
    assertThat(again.out())
        .contains(".gitattributes：已有 declgen 的几行，未改动")
        .contains("已是「declgen textconv」，未改动")
        .contains("已是 true，未改动")
        .contains("编辑器提示文件已是最新，未改动");
  }

  @Test
  void settingUpAgainDropsTheConversionsGitKept() throws IOException {
    assertThat(Cli.run(repo.dir(), env, "git-setup").code()).isZero();
    repo.git("add", ".gitattributes");
    repo.git("commit", "-q", "-m", "setup");
    repo.git("update-ref", "refs/notes/textconv/declgen", "HEAD");

    Cli again = Cli.run(repo.dir(), env, "git-setup");

    assertThat(again.out()).contains("已清除 git 记住的转换结果");
    assertThat(repo.git("for-each-ref", "refs/notes/")).isEmpty();
    assertThat(Cli.run(repo.dir(), env, "git-setup").out()).doesNotContain("已清除");
  }

  @Test
  void keepsTheUsersLinesAndLineEndsAndPutsItsOwnLast() throws IOException {
    Files.writeString(
        repo.dir().resolve(".gitattributes"), "*.png binary\r\ndeclgen.yaml diff\r\n*.sh eol=lf");
    repo.git("config", "diff.declgen.textconv", "./declgen textconv");

    Cli r = Cli.run(repo.dir(), env, "git-setup");

    assertThat(Files.readString(repo.dir().resolve(".gitattributes")))
        .startsWith("*.png binary\r\n*.sh eol=lf\r\n\r\n# declgen git-setup：")
        .endsWith(LINES.replace("\n", "\r\n"));
    assertThat(r.out()).contains("已设为「declgen textconv」（原为「./declgen textconv」）");
  }

  @Test
  void anOutdatedSchemaIsReplacedButARepositorysOwnSchemaFolderIsLeftAlone() throws IOException {
    Files.createDirectories(repo.dir().resolve(".declgen"));
    Files.writeString(repo.dir().resolve(".declgen/declaration.schema.json"), "{}");
    assertThat(Cli.run(repo.dir(), env, "git-setup").out()).contains("已换成这个版本 declgen 的编辑器提示文件");
    assertThat(Files.readString(repo.dir().resolve(".declgen/declaration.schema.json")))
        .isEqualTo(EditorSchema.text());

    Files.createDirectories(repo.dir().resolve("schema"));
    Files.writeString(repo.dir().resolve("schema/declaration.schema.json"), "{\"own\": 1}");
    Cli own = Cli.run(repo.dir(), env, "git-setup");
    assertThat(own.out()).contains("schema/declaration.schema.json：编辑器提示文件已是最新，未改动");
    assertThat(Files.readString(repo.dir().resolve("schema/declaration.schema.json")))
        .isEqualTo("{\"own\": 1}");
  }

  @Test
  void refusesOutsideARepositoryWithAClearMessage() throws IOException {
    Path loose = Files.createDirectories(dir.resolve("loose"));
    Cli r = Cli.run(loose, env, "git-setup");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("「" + loose + "」不在 git 仓库中")
        .contains("git init")
        .contains("declgen git-setup");
    assertThat(loose.resolve(".gitattributes")).doesNotExist();
    Cli english = Cli.run(loose, Map.of("LANG", "en_US.UTF-8"), "git-setup");
    assertThat(english.err()).contains("is not in a git repository");
  }

  @Test
  void aFolderThatIsNotThereIsAFileProblem() {
    Cli r = Cli.run(dir, env, "git-setup", "nope");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void namesTheLauncherByItsFullPathWhenDeclgenIsNotOnPath() {
    assertThat(GitSetupCommand.textconv(false, "/opt/部门 工具/bin/declgen", false))
        .isEqualTo("'/opt/部门 工具/bin/declgen' textconv");
    assertThat(GitSetupCommand.textconv(false, "/opt/it's/declgen", false))
        .isEqualTo("'/opt/it'\\''s/declgen' textconv");
    assertThat(
            GitSetupCommand.textconv(false, "C:\\Program Files\\declgen\\bin\\declgen.cmd", true))
        .isEqualTo("'C:/Program Files/declgen/bin/declgen.cmd' textconv");
    assertThat(GitSetupCommand.textconv(true, "/opt/declgen/bin/declgen", false))
        .isEqualTo("declgen textconv");
    Cli r = Cli.run(repo.dir(), Map.of("PATH", "/usr/bin:/bin"), "git-setup");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("PATH 中找不到 declgen，而 git diff 要运行「declgen textconv」");
  }
}
