package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render DIR} renders declarations only (issue 11 item 7): not declgen.yaml, nothing in
 * hidden folders, no YAML that is not a declaration; it says once how many files it skipped.
 */
class RenderFolderTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @BeforeEach
  void folder() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    write("data/a.yaml", sample);
    write("data/sub/b.yaml", sample);
    write("data/declgen.yaml", "检查:\n  三级指标最少个数: 3\n");
    write("data/.github/workflows/ci.yaml", "on: push\njobs:\n  build:\n    runs-on: ubuntu\n");
    write("data/.git/x.yaml", sample);
    write("data/.a.yaml", sample);
    write("data/notes.yaml", "标题: 会议记录\n内容: 讨论申报表\n");
    write("data/empty.yml", "");
  }

  private String[] outputs() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.resolve("output").relativize(p).toString())
          .sorted()
          .toArray(String[]::new);
    }
  }

  @Test
  void onlyDeclarationsAreRenderedAndTheSkippedAreCountedOnce() throws IOException {
    Cli r = Cli.run(dir, "render", "-f", "md", "data");
    assertThat(r.code()).isZero();
    assertThat(outputs()).containsExactly("a.md", "sub/b.md");
    assertThat(r.out()).containsOnlyOnce("跳过 2 个非申报表文件").contains("完成：2 份成功，0 份失败，用时 ");
    assertThat(r.err()).doesNotContain("notes.yaml", "ci.yaml", "declgen.yaml", "empty.yml");
  }

  @Test
  void checkSkipsTheSameFiles() {
    Cli r = Cli.run(dir, "check", "data");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("检查了 2 份申报表：0 个错误，10 个警告；跳过 2 个非申报表文件");
  }

  @Test
  void aDeclarationWithErrorsIsNotMistakenForOtherYaml() throws IOException {
    write("data/broken.yaml", "部门名称: 甲\n预算整体情况: [\n");
    Cli r = Cli.run(dir, "render", "-f", "md", "data");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err()).contains("data/broken.yaml:3:1: 错误: YAML 格式错误");
    assertThat(r.out()).contains("完成：2 份成功，1 份失败").contains("跳过 2 个非申报表文件");
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysReadAsADeclaration() {
    Cli r = Cli.run(dir, "render", "data/notes.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err()).contains("data/notes.yaml:1:1: 错误: 不认识的键「标题」");
  }

  @Test
  void inEnglish() {
    Cli r = Cli.run(dir, Map.of("LANG", "en_US.UTF-8"), "render", "-f", "md", "data");
    assertThat(r.out()).contains("; skipped 2 files that are not declarations");
  }
}
