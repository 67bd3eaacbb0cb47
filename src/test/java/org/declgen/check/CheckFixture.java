package org.declgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.IndicatorFramework;
import org.declgen.form.PrintedValues;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;

/** Runs one rule over the sample, changed a little, and shows findings as "line:col 级别 message". */
final class CheckFixture {
  private CheckFixture() {}

  static String sample() {
    return Samples.read(Samples.NANSHA);
  }

  static String sampleWith(String from, String to) {
    String text = sample();
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  static List<String> run(Rule rule, String yaml) {
    return run(rule, yaml, CheckConfig.DEFAULTS, Frameworks.of("gz-district"));
  }

  static List<String> run(
      Rule rule, String yaml, CheckConfig config, IndicatorFramework framework) {
    return run(rule, yaml, config, framework, () -> PrintedValues.both(framework.id()));
  }

  /** As if the chosen template printed the value columns {@code printed} says. */
  static List<String> run(Rule rule, String yaml, PrintedValues printed) {
    return run(rule, yaml, CheckConfig.DEFAULTS, Frameworks.of("gz-district"), () -> printed);
  }

  /** As {@link #run(Rule, String, PrintedValues)}, asking {@code printed} when a rule needs it. */
  static List<String> runAsking(Rule rule, String yaml, Supplier<PrintedValues> printed) {
    return run(rule, yaml, CheckConfig.DEFAULTS, Frameworks.of("gz-district"), printed);
  }

  private static List<String> run(
      Rule rule,
      String yaml,
      CheckConfig config,
      IndicatorFramework framework,
      Supplier<PrintedValues> printed) {
    try {
      var loaded = Samples.parse("x.yaml", yaml);
      CheckContext ctx =
          new CheckContext(
              loaded.declaration(),
              loaded.sourceMap(),
              Messages.chinese(),
              config,
              framework,
              printed);
      rule.check(ctx);
      return ctx.diagnostics().stream().map(CheckFixture::brief).toList();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  static String brief(Diagnostic d) {
    return d.position().line()
        + ":"
        + d.position().column()
        + " "
        + (d.isError() ? "错误" : "警告")
        + " "
        + d.message();
  }

  /** The 1-based line of the first line containing {@code needle}. */
  static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + needle);
  }
}
