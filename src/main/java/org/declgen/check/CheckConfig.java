package org.declgen.check;

import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Severity;

/**
 * Per-project settings of the checks.
 *
 * @param minIndicators the least number of 三级 a form should have (structure.min-indicators)
 * @param severities rule id → its severity; an empty value turns the rule off
 */
public record CheckConfig(int minIndicators, Map<String, Optional<Severity>> severities) {
  public static final int DEFAULT_MIN_INDICATORS = 3;
  public static final CheckConfig DEFAULTS = new CheckConfig(DEFAULT_MIN_INDICATORS, Map.of());

  public CheckConfig {
    if (minIndicators < 0) {
      throw new IllegalArgumentException("minIndicators must be >= 0");
    }
    severities = Map.copyOf(severities);
  }

  public boolean isEnabled(Rule rule) {
    return severities.getOrDefault(rule.id(), Optional.of(rule.defaultSeverity())).isPresent();
  }

  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), Optional.empty()).orElse(rule.defaultSeverity());
  }
}
