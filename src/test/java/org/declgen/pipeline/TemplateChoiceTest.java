package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.declgen.check.CheckConfig;
import org.declgen.diag.SourcePosition;
import org.declgen.testing.Samples;
import org.declgen.yaml.LoadedDeclaration;
import org.junit.jupiter.api.Test;

/**
 * One rule chooses the template for every command: -t, else the declaration's 模板, else
 * declgen.yaml, else gz-district.
 */
class TemplateChoiceTest {
  private static final SourcePosition AT = new SourcePosition("data/declgen.yaml", 1, 5);
  private static final ProjectSettings MUNICIPAL =
      new ProjectSettings(
          Optional.of(new ProjectSettings.Named("gd-municipal", AT)),
          CheckConfig.DEFAULTS,
          List.of(),
          Optional.empty());

  private static final SourcePosition IN_DECLARATION = new SourcePosition("data/x.yaml", 2, 5);
  private static final Optional<ProjectSettings.Named> DECLARED =
      Optional.of(new ProjectSettings.Named("mine", IN_DECLARATION));

  @Test
  void theCommandLineWinsOverTheDeclaration() {
    assertThat(TemplateChoice.of(Optional.of("gz-district"), DECLARED, MUNICIPAL))
        .isEqualTo(new TemplateChoice("gz-district", Optional.empty()));
  }

  @Test
  void theDeclarationWinsOverTheSettingsFile() {
    assertThat(TemplateChoice.of(Optional.empty(), DECLARED, MUNICIPAL))
        .isEqualTo(new TemplateChoice("mine", Optional.of(IN_DECLARATION)));
  }

  @Test
  void aDeclarationReadFromYamlNamesItsTemplateWhereItIsWritten() throws Exception {
    LoadedDeclaration loaded = Samples.parse("x.yaml", "部门名称: 甲\n模板: gd-municipal\n");
    assertThat(TemplateChoice.declared(loaded))
        .contains(new ProjectSettings.Named("gd-municipal", new SourcePosition("x.yaml", 2, 5)));
    assertThat(TemplateChoice.declared(Samples.parse("y.yaml", "部门名称: 甲\n模板: ~\n"))).isEmpty();
  }

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
