package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped command line is answered in the user's language, with the nearest name as the fix;
 * picocli's own messages were English only (`declgen chek a.yaml` said «Unmatched arguments from
 * index 0: 'chek', 'a.yaml'» and suggested nothing).
 */
class CommandLineMistakesTest {
  @TempDir Path dir;

  @Test
  void anUnknownCommandIsNamedWithTheNearestOne() {
    Cli cli = Cli.run(dir, "chek", "a.yaml");
    assertThat(cli.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err())
        .startsWith("不认识的命令「chek」\n  怎么改: 是不是要输入「check」？\n")
        .contains("Usage: declgen")
        .doesNotContain("Unmatched");
  }

  @Test
  void anUnknownOptionIsNamedWithTheNearestOptionOfThatCommand() {
    Cli cli = Cli.run(dir, "render", "a.yaml", "--forc");
    assertThat(cli.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err())
        .startsWith("不认识的选项「--forc」\n  怎么改: 是不是要输入「--force」？\n")
        .contains("Usage: declgen render")
        .doesNotContain("Unknown option");
  }

  @Test
  void anOptionNothingLikeAnyIsNamedWithoutAGuess() {
    Cli cli = Cli.run(dir, "render", "a.yaml", "--runs");
    assertThat(cli.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).startsWith("不认识的选项「--runs」\n用法 / Usage: declgen render");
  }

  @Test
  void aMissingValueAMissingArgumentAndAWrongValueAreSaid() {
    assertThat(Cli.run(dir, "render", "-o").err()).startsWith("选项 --output 后面缺少 DIR\n");
    assertThat(Cli.run(dir, "check").err()).startsWith("缺少 FILE|DIR\n");
    assertThat(Cli.run(dir, "bench", "--runs", "x").err()).startsWith("选项 --runs 的值「x」不对\n");
    assertThat(Cli.run(dir, "textconv", "a.yaml", "b.yaml").err()).startsWith("多余的参数「b.yaml」\n");
    assertThat(Cli.run(dir, "check").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aCommandOfCommandsSaysWhichItHas() {
    Cli alone = Cli.run(dir, "template");
    assertThat(alone.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(alone.err()).startsWith("「declgen template」后面要跟一个命令：inspect\n");

    assertThat(Cli.run(dir, "template", "inspcet", "gz-district").err())
        .startsWith("不认识的命令「inspcet」\n  怎么改: 是不是要输入「inspect」？\n");
  }

  @Test
  void inEnglishWhenTheUserAsksForIt() {
    Cli cli = Cli.run(dir, Map.of("DECLGEN_LANG", "en"), "chek", "a.yaml");
    assertThat(cli.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).startsWith("unknown command 'chek'\n  fix: did you mean 'check'?\n");
  }
}
