package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's own words in usage help were English only: «Usage:», «Show this help message…». */
class BilingualHelpTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir);
  }

  @Test
  void theTopLevelHelpIsInBothLanguages() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .startsWith("用法 / Usage: declgen [-hV] [COMMAND]\n")
        .contains(
            "  -h, --help      显示本帮助后退出。\n                  Show this help message and exit.\n")
        .contains("  -V, --version   显示版本后退出。\n")
        .contains("命令 / Commands:\n")
        .contains("  help       显示某个命令的用法。\n");
  }

  @Test
  void everyCommandsHelpToo() {
    for (String command : new String[] {"render", "check", "import", "help"}) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString())
          .as(command)
          .startsWith("用法 / Usage: declgen " + command + " ")
          .doesNotContain("Usage help for the help command", "Commands:\n  ");
    }
  }

  @Test
  void everyCommandPrintsTheVersion() {
    assertThat(run("check", "-V")).isZero();
    assertThat(out.toString()).isEqualTo("declgen 0.1.0\n");
  }
}
