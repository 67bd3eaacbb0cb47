package org.declgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.declgen.check.CheckConfig;
import org.declgen.check.Checker;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.Severity;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.declgen.template.TemplateCatalog;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code declgen.yaml} at the root of a data folder: the template whose framework the checks use,
 * the least number of 三级, and each rule's severity (错误 / 警告 / 关闭).
 *
 * @param template the template id named there, if any
 * @param problems what is wrong with the file itself (errors)
 */
record ProjectSettings(Optional<String> template, CheckConfig config, List<Diagnostic> problems) {
  static final String TEMPLATE = "模板";
  static final String CHECK = "检查";
  static final String MIN_INDICATORS = "三级指标最少个数";
  static final String RULES = "规则";

  static final ProjectSettings DEFAULTS =
      new ProjectSettings(Optional.empty(), CheckConfig.DEFAULTS, List.of());

  /** The settings that apply to a file or folder: the nearest declgen.yaml up to {@code top}. */
  static ProjectSettings forInput(Path input, Path top, Messages messages) {
    Path dir = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
    Path stop = top.toAbsolutePath().normalize();
    for (Path d = dir == null ? null : dir.toAbsolutePath().normalize();
        d != null;
        d = d.getParent()) {
      Path candidate = d.resolve(DeclarationFiles.PROJECT_SETTINGS);
      if (Files.isRegularFile(candidate)) {
        List<String> templates = new TemplateCatalog(stop, messages).ids();
        return read(candidate, stop.relativize(candidate).toString(), templates, messages);
      }
      if (d.equals(stop) || !d.startsWith(stop)) {
        break;
      }
    }
    return DEFAULTS;
  }

  /**
   * @param templates the ids of the templates that can be named (the project's and the built-in)
   */
  static ProjectSettings read(Path file, String shown, List<String> templates, Messages messages) {
    Object root;
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(64 * 1024);
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (IOException | YAMLException e) {
      return problem(shown, messages.get("config.error", oneLine(e.getMessage())), "");
    }
    Parser p = new Parser(shown, templates, messages);
    if (root instanceof Map<?, ?> map) {
      p.root(map);
    } else if (root != null) {
      p.error(messages.get("config.error", "…"), "");
    }
    return new ProjectSettings(p.template, new CheckConfig(p.min, p.severities), p.problems);
  }

  private static ProjectSettings problem(String file, String message, String hint) {
    return new ProjectSettings(
        Optional.empty(),
        CheckConfig.DEFAULTS,
        List.of(Diagnostic.error(SourcePosition.ofFile(file), "config", message, hint)));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Reads the loaded map, collecting every problem. */
  private static final class Parser {
    private final String file;
    private final Messages messages;
    private final List<String> templates;
    Optional<String> template = Optional.empty();
    int min = CheckConfig.DEFAULT_MIN_INDICATORS;
    final Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    final List<Diagnostic> problems = new ArrayList<>();

    Parser(String file, List<String> templates, Messages messages) {
      this.file = file;
      this.templates = templates;
      this.messages = messages;
    }

    void error(String message, String hint) {
      problems.add(
          Diagnostic.error(
              SourcePosition.ofFile(file), "config", messages.get("config.error", message), hint));
    }

    void root(Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        switch (key) {
          case TEMPLATE -> template(String.valueOf(e.getValue()));
          case CHECK -> {
            if (e.getValue() instanceof Map<?, ?> check) {
              check(check);
            }
          }
          default -> unknownKey(key, List.of(TEMPLATE, CHECK));
        }
      }
    }

    private void template(String id) {
      if (!templates.contains(id)) {
        error(messages.get("config.unknown-template", id, String.join("、", templates)), "");
      } else {
        template = Optional.of(id);
      }
    }

    private void check(Map<?, ?> check) {
      for (Map.Entry<?, ?> e : check.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals(MIN_INDICATORS)) {
          Object v = e.getValue();
          if (v instanceof Integer n && n >= 0) {
            min = n;
          } else {
            error(messages.get("config.bad-number", key, String.valueOf(v)), "");
          }
        } else if (key.equals(RULES) && e.getValue() instanceof Map<?, ?> rules) {
          rules.forEach((id, level) -> rule(String.valueOf(id), String.valueOf(level)));
        } else {
          unknownKey(key, List.of(MIN_INDICATORS, RULES));
        }
      }
    }

    private void rule(String id, String level) {
      if (!Checker.ruleIds().contains(id)) {
        error(
            messages.get("config.unknown-rule", id),
            Suggestions.closest(id, Checker.ruleIds())
                .map(s -> messages.get("yaml.unknown-key.did-you-mean", s))
                .orElse(""));
        return;
      }
      switch (level.strip().toLowerCase(Locale.ROOT)) {
        case "错误", "error" -> severities.put(id, Optional.of(Severity.ERROR));
        case "警告", "warning" -> severities.put(id, Optional.of(Severity.WARNING));
        case "关闭", "off", "false" -> severities.put(id, Optional.empty());
        default ->
            error(
                messages.get("config.bad-severity", id, level),
                messages.get("config.bad-severity.hint"));
      }
    }

    private void unknownKey(String key, List<String> allowed) {
      error(
          messages.get("yaml.unknown-key", key),
          Suggestions.closest(key, allowed)
              .map(s -> messages.get("yaml.unknown-key.did-you-mean", s))
              .orElse(messages.get("yaml.unknown-key.allowed", String.join("、", allowed))));
    }
  }
}
