package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 4: each plausibility rule is an error by default, and {@code declgen.yaml} turns it
 * into a warning (render goes ahead) or off.
 */
class PlausibilitySwitchesTest {
  @TempDir Path dir;

  private static final String SAMPLE = Samples.read(Samples.NANSHA);

  @Test
  void amountsInYuan() throws IOException {
    String huge =
        SAMPLE
            .replace("基本支出: 1999.68", "基本支出: 99999999.68")
            .replace("财政拨款: 15074.16", "财政拨款: 100013074.16")
            .replace("本级使用资金: 15074.16", "本级使用资金: 100013074.16");
    assertSwitches("amount.unit-yuan", huge, "x.yaml:10:3:", 0);
  }

  @Test
  void negativeAmounts() throws IOException {
    String negative =
        SAMPLE.replace("其他资金: 0.00", "其他资金: -0.01").replace("财政拨款: 15074.16", "财政拨款: 15074.17");
    assertSwitches("amount.negative", negative, "x.yaml:15:11:", 0);
  }

  /** Off, the one task is no longer named, and the sum of the tasks is reported instead. */
  @Test
  void oneTaskAboveProject() throws IOException {
    String task = SAMPLE.replace("拟投入的资金: 839.55", "拟投入的资金: 13100.00");
    assertSwitches("amount.task-over-project", task, "x.yaml:28:13:", ExitCodes.ERRORS);
  }

  private void assertSwitches(String rule, String yaml, String at, int exitWhenOff)
      throws IOException {
    Files.writeString(dir.resolve("x.yaml"), yaml);
    Cli byDefault = Cli.run(dir, "check", "x.yaml");
    assertThat(byDefault.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(byDefault.out()).contains(at + " 错误: ");

    Cli warning = checkWith(rule + ": 警告");
    assertThat(warning.code()).isZero();
    assertThat(warning.out()).contains(at + " 警告: ");

    Cli off = checkWith(rule + ": 关闭");
    assertThat(off.code()).isEqualTo(exitWhenOff);
    assertThat(off.out()).doesNotContain(at);
  }

  private Cli checkWith(String setting) throws IOException {
    Files.writeString(dir.resolve("declgen.yaml"), "检查:\n  规则:\n    " + setting + "\n");
    return Cli.run(dir, "check", "x.yaml");
  }
}
