package org.declgen.check;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.form.IndicatorFramework;
import org.declgen.form.PrintedValues;
import org.declgen.yaml.LoadedDeclaration;

/**
 * Runs every enabled rule over a declaration; returns all findings in file order, with what reading
 * the file accepted and says it read (typing slips, always warnings).
 */
public final class Checker {
  /** Every rule, in the order their findings are listed for the same line. */
  public static final List<Rule> RULES =
      List.of(
          new AmountBalanceRule(),
          new AmountPrecisionRule(),
          new AmountUnitRule(),
          new NegativeAmountRule(),
          new LevelBalanceRule(),
          new DevelopmentFundsRule(),
          TaskOverProjectRule.INSTANCE,
          new TaskFundsRule(),
          new RequiredPartsRule(),
          new CategoryValuesRule(),
          new UnnamedIndicatorRule(),
          new DuplicateNameRule(),
          new MinIndicatorsRule(),
          new FrameworkRule(),
          new LabelRule(),
          new MisplacedRule(),
          new RateAsCountRule(),
          new RateMismatchRule(),
          new DirectionRule(),
          new UnmeasurableRule(),
          new MixedOperatorsRule(),
          new UnitMissingRule(),
          new AnnualExceedsPeriodRule(),
          new UnprintedValueRule(),
          new BlankValueRule(),
          new YearRule(),
          new PartialGroupRule());

  private final Messages messages;
  private final CheckConfig config;
  private final IndicatorFramework framework;
  private final Supplier<PrintedValues> printedValues;

  public Checker(Messages messages, CheckConfig config, IndicatorFramework framework) {
    this(messages, config, framework, () -> PrintedValues.both(framework.id()));
  }

  /**
   * @param printedValues which value columns the chosen template prints; asked at most once, and
   *     only when an indicator has a blank value or two different ones
   */
  public Checker(
      Messages messages,
      CheckConfig config,
      IndicatorFramework framework,
      Supplier<PrintedValues> printedValues) {
    this.messages = messages;
    this.config = config;
    this.framework = framework;
    this.printedValues = printedValues;
  }

  public static List<String> ruleIds() {
    return RULES.stream().map(Rule::id).toList();
  }

  public List<Diagnostic> check(LoadedDeclaration loaded) {
    CheckContext ctx =
        new CheckContext(
            loaded.declaration(), loaded.sourceMap(), messages, config, framework, printedValues);
    for (Rule rule : RULES) {
      if (config.isEnabled(rule)) {
        rule.check(ctx);
      }
    }
    return Stream.concat(loaded.warnings().stream(), ctx.diagnostics().stream())
        .sorted(Diagnostic.IN_FILE_ORDER)
        .toList();
  }
}
