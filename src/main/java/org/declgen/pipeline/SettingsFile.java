package org.declgen.pipeline;

import static org.declgen.pipeline.ProjectSettings.CHECK;
import static org.declgen.pipeline.ProjectSettings.MIN_INDICATORS;
import static org.declgen.pipeline.ProjectSettings.RULES;
import static org.declgen.pipeline.ProjectSettings.TEMPLATE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.declgen.check.CheckConfig;
import org.declgen.check.Checker;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.Severity;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.declgen.yaml.YamlTree;

/**
 * Reads {@code declgen.yaml} with the declarations' YAML reader, so its errors carry line and
 * column, and collects every problem in it.
 */
final class SettingsFile {
  private final Messages messages;
  private YamlTree tree;
  private Optional<ProjectSettings.Named> template = Optional.empty();
  private int minIndicators = CheckConfig.DEFAULT_MIN_INDICATORS;
  private final Map<String, Optional<Severity>> severities = new LinkedHashMap<>();

  private SettingsFile(Messages messages) {
    this.messages = messages;
  }

  static ProjectSettings read(String name, byte[] bytes, Messages messages) {
    return new SettingsFile(messages).parse(name, bytes);
  }

  private ProjectSettings parse(String name, byte[] bytes) {
    Source source = Source.of(name, bytes);
    try {
      tree = YamlTree.parse(name, bytes, messages);
    } catch (DiagnosticException e) {
      return new ProjectSettings(
          Optional.empty(), CheckConfig.DEFAULTS, e.diagnostics(), Optional.of(source));
    }
    tree.root().ifPresent(this::root);
    return new ProjectSettings(
        template,
        new CheckConfig(minIndicators, severities),
        tree.diagnostics(),
        Optional.of(source));
  }

  private void root(YamlTree.Mapping root) {
    for (YamlTree.Value v : root.entries(List.of(TEMPLATE, CHECK))) {
      if (v.key().equals(TEMPLATE)) {
        template =
            Optional.ofNullable(v.text()).map(t -> new ProjectSettings.Named(t, v.position()));
      } else {
        v.mapping().ifPresent(this::check);
      }
    }
  }

  private void check(YamlTree.Mapping check) {
    for (YamlTree.Value v : check.entries(List.of(MIN_INDICATORS, RULES))) {
      if (v.key().equals(MIN_INDICATORS)) {
        minIndicators(v);
      } else {
        v.mapping().ifPresent(rules -> rules.entries(null).forEach(this::rule));
      }
    }
  }

  private void minIndicators(YamlTree.Value v) {
    String text = v.text();
    if (text != null && text.matches("\\d{1,6}")) {
      minIndicators = Integer.parseInt(text);
    } else {
      error(v.position(), messages.get("config.bad-number", v.key(), String.valueOf(text)), "");
    }
  }

  private void rule(YamlTree.Value v) {
    String id = v.key();
    if (!Checker.ruleIds().contains(id)) {
      error(
          v.keyPosition(),
          messages.get("config.unknown-rule", id),
          Suggestions.closest(id, Checker.ruleIds())
              .map(s -> messages.get("yaml.unknown-key.did-you-mean", s))
              .orElse(""));
      return;
    }
    String level = String.valueOf(v.text());
    switch (level.strip().toLowerCase(Locale.ROOT)) {
      case "错误", "error" -> severities.put(id, Optional.of(Severity.ERROR));
      case "警告", "warning" -> severities.put(id, Optional.of(Severity.WARNING));
      case "关闭", "off", "false" -> severities.put(id, Optional.empty());
      default ->
          error(
              v.position(),
              messages.get("config.bad-severity", id, level),
              messages.get("config.bad-severity.hint"));
    }
  }

  private void error(SourcePosition at, String message, String hint) {
    tree.report(Diagnostic.error(at, "config", message, hint));
  }
}
