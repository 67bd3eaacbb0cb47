package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's own words in usage help were English only: «Usage:», «Show this help message…». */
class BilingualHelpTest {
  @TempDir Path dir;

  @Test
  void theTopLevelHelpIsInBothLanguages() {
    Cli cli = Cli.run(dir, "--help");
    assertThat(cli.code()).isZero();
    assertThat(cli.out())
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
      Cli cli = Cli.run(dir, command, "--help");
      assertThat(cli.code()).as(command).isZero();
      assertThat(cli.out())
          .as(command)
          .startsWith("用法 / Usage: declgen " + command + " ")
          .doesNotContain("Usage help for the help command", "Commands:\n  ");
    }
  }

  @Test
  void everyCommandPrintsTheVersion() {
    Cli cli = Cli.run(dir, "check", "-V");
    assertThat(cli.code()).isZero();
    assertThat(cli.out()).isEqualTo("declgen 0.1.0\n");
  }
}
