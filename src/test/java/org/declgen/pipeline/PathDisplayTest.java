package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathDisplayTest {
  private static final Path HOME = Path.of("/home/clerk/申报");

  @Test
  void aRelativeArgumentIsShownRelativeAndAnAbsoluteOneAbsolute() {
    assertThat(PathDisplay.like(HOME, "a.yaml").show(Path.of("a.yaml"))).isEqualTo("a.yaml");
    assertThat(PathDisplay.like(HOME, "../out/x.docx").show(Path.of("../out/x.docx")))
        .isEqualTo(Path.of("..", "out", "x.docx").toString());
    assertThat(PathDisplay.like(HOME, "/home/clerk/申报/a.yaml").show(Path.of("a.yaml")))
        .isEqualTo(HOME.resolve("a.yaml").toString());
  }

  /** {@code declgen diff . a.yaml} said 无法读取「」. */
  @Test
  void theWorkingFolderItselfIsShownAsADot() {
    assertThat(PathDisplay.like(HOME, ".").show(Path.of("."))).isEqualTo(".");
    assertThat(PathDisplay.like(HOME, "").show(HOME)).isEqualTo(".");
  }
}
