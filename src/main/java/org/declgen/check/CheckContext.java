package org.declgen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.IndicatorFramework;
import org.declgen.form.PrintedValues;
import org.declgen.model.Declaration;
import org.declgen.yaml.SourceMap;

/**
 * What a rule sees: the declaration, where its values stand, the settings; and where it reports.
 */
public final class CheckContext {
  private final Declaration declaration;
  private final SourceMap sourceMap;
  private final Messages messages;
  private final CheckConfig config;
  private final IndicatorFramework framework;
  private final Supplier<PrintedValues> printedValues;
  private PrintedValues printed;
  private List<Located> indicators;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public CheckContext(
      Declaration declaration,
      SourceMap sourceMap,
      Messages messages,
      CheckConfig config,
      IndicatorFramework framework) {
    this(
        declaration,
        sourceMap,
        messages,
        config,
        framework,
        () -> PrintedValues.both(framework.id()));
  }

  /**
   * @param printedValues which value columns the chosen template prints; asked only when a rule
   *     needs it (it may compile the template)
   */
  public CheckContext(
      Declaration declaration,
      SourceMap sourceMap,
      Messages messages,
      CheckConfig config,
      IndicatorFramework framework,
      Supplier<PrintedValues> printedValues) {
    this.declaration = declaration;
    this.sourceMap = sourceMap;
    this.messages = messages;
    this.config = config;
    this.framework = framework;
    this.printedValues = printedValues;
  }

  public Declaration declaration() {
    return declaration;
  }

  public CheckConfig config() {
    return config;
  }

  public IndicatorFramework framework() {
    return framework;
  }

  /** Which value columns of the indicator table the chosen template prints. */
  public PrintedValues printedValues() {
    if (printed == null) {
      printed = printedValues.get();
    }
    return printed;
  }

  /** Every 三级 with its values read, made once for all the rules. */
  List<Located> indicators() {
    if (indicators == null) {
      indicators = Located.all(declaration, sourceMap::contains);
    }
    return indicators;
  }

  /** The line a path stands on, for a message that names another place than its own. */
  int lineOf(String path) {
    return sourceMap.positionOf(path).line();
  }

  public boolean has(String path) {
    return sourceMap.contains(path);
  }

  /**
   * Reports at a value; the message is {@code check.<id>[.<variant>]}, its hint the same + ".hint".
   */
  public void report(Rule rule, String path, String variant, Object... args) {
    add(rule, sourceMap.positionOf(path), variant, args);
  }

  /** Reports at a key (a label), for rules about the labels themselves. */
  public void reportAtKey(Rule rule, String path, String variant, Object... args) {
    add(rule, sourceMap.keyPositionOf(path), variant, args);
  }

  private void add(Rule rule, SourcePosition at, String variant, Object... args) {
    String key = "check." + rule.id() + (variant == null ? "" : "." + variant);
    String hintKey = key + ".hint";
    String hint = messages.get(hintKey, args);
    diagnostics.add(
        new Diagnostic(
            config.severityOf(rule),
            at,
            rule.id(),
            messages.get(key, args),
            hint.equals(hintKey) ? "" : hint));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
