package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static String sample() {
    return Samples.read(Samples.NANSHA);
  }

  @Test
  void equalFilesExitZero() throws IOException {
    write("a.yaml", sample());
    write("b.yaml", sample());
    Cli r = Cli.run(dir, "diff", "a.yaml", "b.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("没有改动。");
  }

  @Test
  void changedAmountExitsOneWithDelta() throws IOException {
    write("a.yaml", sample());
    write("b.yaml", sample().replace("项目支出: 13074.48", "项目支出: 13500.00"));
    Cli r = Cli.run(dir, "diff", "a.yaml", "b.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("- 部门预算支出 › 项目支出：13,074.48 → 13,500.00 (+425.52)");
  }

  @Test
  void englishWordsUnderEnglishLocale() throws IOException {
    write("a.yaml", sample());
    write("b.yaml", sample().replace("项目支出: 13074.48", "项目支出: 13000"));
    Cli r = Cli.run(dir, Map.of("LANG", "en_US.UTF-8"), "diff", "a.yaml", "b.yaml");
    assertThat(r.out())
        .contains("# Changes to the declaration: b.yaml")
        .contains("- 部门预算支出 › 项目支出: 13,074.48 → 13,000.00 (-74.48)");
  }

  @Test
  void jsonFormat() throws IOException {
    write("a.yaml", sample());
    write("b.yaml", sample().replace("指标值: ≥800RPS", "指标值: ≥1000RPS"));
    Cli r = Cli.run(dir, "diff", "--format", "json", "a.yaml", "b.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("\"equal\": false")
        .contains(
            "\"path\": [\"绩效指标\", \"产出指标\", \"质量指标\", \"系统吞吐量\"], "
                + "\"before\": \"≥800RPS\", \"after\": \"≥1000RPS\", \"delta\": \"+200RPS\"");
  }

  @Test
  void invalidSideExitsTwoWithDiagnostics() throws IOException {
    write("a.yaml", sample());
    write("b.yaml", sample().replace("项目支出: 13074.48", "项目支出: 13O74.48"));
    Cli r = Cli.run(dir, "diff", "a.yaml", "b.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("b.yaml:12:11:").contains("13O74.48");
  }

  @Test
  void missingFileAndBadUsageExitTwo() throws IOException {
    write("a.yaml", sample());
    assertThat(Cli.run(dir, "diff", "a.yaml", "nope.yaml").code()).isEqualTo(2);
    assertThat(Cli.run(dir, "diff", "a.yaml").code()).isEqualTo(2);
    assertThat(Cli.run(dir, "diff", "--format", "xml", "a.yaml", "a.yaml").code()).isEqualTo(2);
  }

  @Test
  void readsRevisionPathThroughGit() throws IOException {
    GitRepo repo = GitRepo.init(dir);
    write("data/x.yaml", sample());
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "first");
    write("data/x.yaml", sample().replace("指标值: ≥64800件", "指标值: ≥70000件"));
    Cli r = Cli.run(dir, "diff", "HEAD:data/x.yaml", "data/x.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("- 旧版：HEAD:data/x.yaml")
        .contains("综合窗口及企业帮办代办服务业务量：≥64800件 → ≥70000件 (+5,200件)");
    Cli missing = Cli.run(dir, "diff", "HEAD:data/none.yaml", "data/x.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("HEAD:data/none.yaml");
  }

  @Test
  void gitModeComparesEveryChangedDeclaration() throws IOException {
    GitRepo repo = GitRepo.init(dir);
    write("data/x.yaml", sample());
    write("data/y.yaml", sample());
    write(".ci/build.yml", "steps: []\n");
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "first");
    write("data/x.yaml", sample().replace("基本支出: 1999.68", "基本支出: 2000"));
    write(".ci/build.yml", "steps: [test]\n");
    Files.delete(dir.resolve("data/y.yaml"));
    Cli r = Cli.run(dir, "diff", "--git", "HEAD");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("# 申报表改动：data/x.yaml")
        .contains("- 部门预算支出 › 基本支出：1,999.68 → 2,000.00 (+0.32)")
        .contains("# 申报表改动：HEAD:data/y.yaml", "申报表文件已删除。")
        .doesNotContain("build.yml");
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "second");
    Cli none = Cli.run(dir, "diff", "--git", "HEAD");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("自 HEAD 以来没有改动过的申报表");
  }

  @Test
  void gitModeFollowsARenamedDeclaration() throws IOException {
    GitRepo repo = GitRepo.init(dir);
    write("data/x.yaml", sample());
    repo.git("add", ".");
    repo.git("commit", "-q", "-m", "first");
    repo.git("mv", "data/x.yaml", "data/南沙.yaml");
    write("data/南沙.yaml", sample().replace("基本支出: 1999.68", "基本支出: 2000"));
    Cli r = Cli.run(dir, "diff", "--git", "HEAD");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "# 申报表改动：data/南沙.yaml\n\n- 旧版：HEAD:data/x.yaml\n- 新版：data/南沙.yaml\n"
                + "- 文件改名：data/x.yaml → data/南沙.yaml\n",
            "- 部门预算支出 › 基本支出：1,999.68 → 2,000.00 (+0.32)")
        .doesNotContain("申报表文件已删除", "新增的申报表文件");
    Cli json = Cli.run(dir, "diff", "--git", "HEAD", "--format", "json");
    assertThat(json.out())
        .contains(
            "{\"before\": \"HEAD:data/x.yaml\", \"after\": \"data/南沙.yaml\", \"renamedFrom\":"
                + " \"data/x.yaml\", \"changes\": [");
  }
}
