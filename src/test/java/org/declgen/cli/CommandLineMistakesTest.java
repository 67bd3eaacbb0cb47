package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, dir);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void anUnknownCommandIsNamedWithTheNearestOne() {
    assertThat(run("chek", "a.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .startsWith("不认识的命令「chek」\n  怎么改: 是不是要输入「check」？\n")
        .contains("Usage: declgen")
        .doesNotContain("Unmatched");
  }

  @Test
  void anUnknownOptionIsNamedWithTheNearestOptionOfThatCommand() {
    assertThat(run("render", "a.yaml", "--forc")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .startsWith("不认识的选项「--forc」\n  怎么改: 是不是要输入「--force」？\n")
        .contains("Usage: declgen render")
        .doesNotContain("Unknown option");
  }

  @Test
  void anOptionNothingLikeAnyIsNamedWithoutAGuess() {
    assertThat(run("render", "a.yaml", "--runs")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("不认识的选项「--runs」\n用法 / Usage: declgen render");
  }

  @Test
  void aMissingValueAMissingArgumentAndAWrongValueAreSaid() {
    assertThat(run("render", "-o")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("选项 --output 后面缺少 DIR\n");

    err.getBuffer().setLength(0);
    assertThat(run("check")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("缺少 FILE|DIR\n");

    err.getBuffer().setLength(0);
    assertThat(run("bench", "--runs", "x")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("选项 --runs 的值「x」不对\n");

    err.getBuffer().setLength(0);
    assertThat(run("textconv", "a.yaml", "b.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("多余的参数「b.yaml」\n");
  }

  @Test
  void aCommandOfCommandsWithoutOneSaysWhichItHas() {
    assertThat(run("template")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("「declgen template」后面要跟一个命令：inspect\n");

    err.getBuffer().setLength(0);
    assertThat(run("template", "inspcet", "gz-district")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("不认识的命令「inspcet」\n  怎么改: 是不是要输入「inspect」？\n");
  }

  @Test
  void inEnglishWhenTheUserAsksForIt() {
    assertThat(run(Map.of("DECLGEN_LANG", "en"), "chek", "a.yaml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("unknown command 'chek'\n  fix: did you mean 'check'?\n");
  }
}
