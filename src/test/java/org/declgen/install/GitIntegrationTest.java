package org.declgen.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.Distribution;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Git integration anywhere (issue 11 item 2), set up exactly as the README says, in a fresh
 * repository outside the checkout, with the installed declgen: {@code declgen git-setup}, commit,
 * and {@code git diff} and {@code git log -p} show the review Markdown.
 */
class GitIntegrationTest {
  private static Distribution dist;
  private static Path home;

  @BeforeAll
  static void install() throws IOException {
    dist = Distribution.get();
    home = dist.warmHome();
  }

  /** The environment of a user with the installed declgen's bin folder on PATH, or not. */
  private static Map<String, String> user(boolean declgenOnPath) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Map.of(
        "PATH",
        declgenOnPath ? dist.home().resolve("bin") + ":" + path : path,
        "HOME",
        home.toString(),
        "JAVA_HOME",
        System.getProperty("java.home"),
        "DECLGEN_SERVER",
        "off");
  }

  /** A repository with a declaration and a declgen.yaml, committed after {@code setup}. */
  private static GitRepo repository(Map<String, String> env) throws IOException {
    GitRepo repo =
        GitRepo.init(Files.createDirectories(dist.newFolder("repo").resolve("部门 仓库")), env);
    Files.createDirectories(repo.dir().resolve("data"));
    Files.writeString(repo.dir().resolve("data/nansha.yaml"), Samples.read(Samples.NANSHA));
    Files.writeString(repo.dir().resolve("data/declgen.yaml"), "模板: gz-district\n");
    return repo;
  }

  private static void change(GitRepo repo) throws IOException {
    Path yaml = repo.dir().resolve("data/nansha.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("项目支出: 13074.48", "项目支出: 13500.00"));
    Files.writeString(repo.dir().resolve("data/declgen.yaml"), "模板: gz-district\n# 区级\n");
  }

  private static void assertReviewMarkdown(String shown) {
    assertThat(shown)
        .contains("-| 部门预算支出 | 项目支出 | 13,074.48 |")
        .contains("+| 部门预算支出 | 项目支出 | 13,500.00 |")
        .contains("+| 部门预算支出 | 合计 | 15,499.68 |")
        .doesNotContain("项目支出: 13500.00")
        .contains("+# 区级")
        .doesNotContain("错误")
        .doesNotContain("declgen:");
  }

  @Test
  void withDeclgenOnPathGitDiffAndGitLogShowTheReviewMarkdown() throws IOException {
    Map<String, String> env = user(true);
    GitRepo repo = repository(env);

    Distribution.Run setup =
        dist.runCommand(Path.of("/bin/sh"), repo.dir(), home, env, "-c", "declgen git-setup");
    assertThat(setup.code()).as(setup.err()).isZero();
    assertThat(repo.git("config", "diff.declgen.textconv")).isEqualTo("declgen textconv\n");
    repo.git("add", ".gitattributes", ".declgen", "data");
    repo.git("commit", "-q", "-m", "申报表");
    change(repo);

    assertReviewMarkdown(repo.git("diff", "--no-color"));
    repo.git("commit", "-q", "-am", "项目支出");
    assertReviewMarkdown(repo.git("log", "-p", "--no-color", "-1"));
    assertThat(repo.git("log", "-p", "--no-color")).contains("+# 部门整体预算绩效目标申报表");
  }

  @Test
  void withoutDeclgenOnPathGitRunsItByItsFullPath() throws IOException {
    Map<String, String> env = user(false);
    GitRepo repo = repository(env);

    Distribution.Run setup = dist.run(repo.dir(), home, env, "git-setup");
    assertThat(setup.code()).as(setup.err()).isZero();
    assertThat(setup.err()).contains("PATH 中找不到 declgen，git 将按上面的完整路径运行它");
    assertThat(repo.git("config", "diff.declgen.textconv"))
        .isEqualTo("'" + dist.home().resolve("bin/declgen") + "' textconv\n");
    repo.git("add", ".gitattributes", ".declgen", "data");
    repo.git("commit", "-q", "-m", "申报表");
    change(repo);

    assertReviewMarkdown(repo.git("diff", "--no-color"));
  }
}
