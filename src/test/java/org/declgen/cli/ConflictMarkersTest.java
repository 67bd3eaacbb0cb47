package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge left unresolved in a declaration is named as one, with every marker's line, by each
 * command that reads it, never as a missing colon on a correct line.
 */
class ConflictMarkersTest {
  private static final String CONFLICT = "第 11、13、15 行是 git 合并冲突的标记";
  private static final String HINT = "怎么改: 保留要的那一边，删掉 <<<<<<< ======= >>>>>>> 这三行\n";

  @TempDir Path dir;

  @BeforeEach
  void conflictedFile() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    String line = "    基本支出: 1999.68\n";
    assertThat(sample).contains(line);
    Files.writeString(
        dir.resolve("x.yaml"),
        sample.replace(
            line, "<<<<<<< HEAD\n" + line + "=======\n    基本支出: 2000.00\n>>>>>>> 调整基本支出\n"));
    Files.writeString(dir.resolve("old.yaml"), sample);
  }

  @Test
  void checkNamesTheConflict() {
    Cli check = Cli.run(dir, "check", "x.yaml");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out()).contains("x.yaml:11:1: 错误: " + CONFLICT, HINT).doesNotContain("冒号");
  }

  @Test
  void renderFmtDiffAndTextconvNameIt() {
    Cli render = Cli.run(dir, "render", "x.yaml");
    assertThat(render.code()).isEqualTo(1);
    assertThat(render.out() + render.err()).contains(CONFLICT);

    Cli fmt = Cli.run(dir, "fmt", "x.yaml");
    assertThat(fmt.code()).isEqualTo(1);
    assertThat(fmt.out() + fmt.err()).contains(CONFLICT);

    Cli diff = Cli.run(dir, "diff", "old.yaml", "x.yaml");
    assertThat(diff.code()).isEqualTo(2);
    assertThat(diff.out() + diff.err()).contains(CONFLICT);

    Cli textconv = Cli.run(dir, "textconv", "x.yaml");
    assertThat(textconv.code()).isZero();
    assertThat(textconv.out()).contains("<<<<<<< HEAD\n");
    assertThat(textconv.err()).contains(CONFLICT);
  }

  @Test
  void eachConflictIsNamedInEnglishToo() throws IOException {
    String twice =
        Files.readString(dir.resolve("x.yaml"))
            .replace("年度: ~", "<<<<<<< HEAD\n年度: 2025\n=======\n年度: ~\n>>>>>>> main");
    Files.writeString(dir.resolve("x.yaml"), twice);
    Cli check = Cli.run(dir, Map.of("DECLGEN_LANG", "en"), "check", "x.yaml");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out())
        .contains(
            "x.yaml:5:1: error: git left a merge conflict here (marker lines: 5, 7, 9)",
            "x.yaml:15:1: error: git left a merge conflict here (marker lines: 15, 17, 19)",
            "fix: keep the side you want and delete the three lines <<<<<<< ======= >>>>>>>\n");
  }
}
