package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.declgen.check.CheckConfig;
import org.declgen.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/** One rule chooses the template for every command: -t, else declgen.yaml, else gz-district. */
class TemplateChoiceTest {
  private static final SourcePosition AT = new SourcePosition("data/declgen.yaml", 1, 5);
  private static final ProjectSettings MUNICIPAL =
      new ProjectSettings(
          Optional.of(new ProjectSettings.Named("gd-municipal", AT)),
          CheckConfig.DEFAULTS,
          List.of(),
          Optional.empty());

  @Test
  void theCommandLineWins() {
    assertThat(TemplateChoice.of(Optional.of("mine"), MUNICIPAL))
        .isEqualTo(new TemplateChoice("mine", Optional.empty()));
  }

  @Test
  void thenTheSettingsFileWithWhereItNamesIt() {
    assertThat(TemplateChoice.of(Optional.empty(), MUNICIPAL))
        .isEqualTo(new TemplateChoice("gd-municipal", Optional.of(AT)));
  }

  @Test
  void elseTheDistrictForm() {
    assertThat(TemplateChoice.of(Optional.empty(), ProjectSettings.DEFAULTS))
        .isEqualTo(new TemplateChoice("gz-district", Optional.empty()));
  }
}
