package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.Severity;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class CheckerTest {
  @Test
  void findsTheSeedsRealMistakesAsWarnings() {
    var found =
        new Checker(Messages.chinese(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"))
            .check(Samples.load(Samples.NANSHA));
    assertThat(found)
        .extracting(d -> d.position().line() + " " + d.code())
        .containsExactly(
            "59 value.rate-as-count",
            "63 value.direction",
            "68 value.rate-mismatch",
            "75 structure.misplaced",
            "79 value.unmeasurable");
    assertThat(found).noneMatch(Diagnostic::isError);
  }

  @Test
  void configTurnsRulesOffAndRaisesSeverity() {
    var config =
        new CheckConfig(
            3,
            Map.of(
                "value.direction",
                Optional.empty(),
                "value.rate-as-count",
                Optional.of(Severity.ERROR)));
    var found =
        new Checker(Messages.chinese(), config, Frameworks.of("gz-district"))
            .check(Samples.load(Samples.NANSHA));
    assertThat(found).extracting(Diagnostic::code).doesNotContain("value.direction");
    assertThat(found)
        .filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::code)
        .containsExactly("value.rate-as-count");
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(Checker.ruleIds()).doesNotHaveDuplicates().hasSize(Checker.RULES.size());
  }
}
