package org.declgen.pipeline;

import java.util.List;
import java.util.Optional;
import org.declgen.check.CheckConfig;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.SourcePosition;

/**
 * {@code declgen.yaml}, the settings of the declarations in its folder and below: the template they
 * use (模板), the least number of 三级 and each rule's severity (错误 / 警告 / 关闭).
 *
 * @param template the template named there, and where
 * @param problems what is wrong with the file itself (errors, positioned)
 * @param source the file's text, for quoting; absent when there is no settings file
 */
public record ProjectSettings(
    Optional<Named> template,
    CheckConfig config,
    List<Diagnostic> problems,
    Optional<Source> source) {
  static final String TEMPLATE = "模板";
  static final String CHECK = "检查";
  static final String MIN_INDICATORS = "三级指标最少个数";
  static final String RULES = "规则";

  /** No settings file: every default. */
  public static final ProjectSettings DEFAULTS =
      new ProjectSettings(Optional.empty(), CheckConfig.DEFAULTS, List.of(), Optional.empty());

  public ProjectSettings {
    problems = List.copyOf(problems);
  }

  /** A value of the settings with where it is written. */
  public record Named(String value, SourcePosition position) {}

  /** The settings' own problems, with the file's text. */
  public Findings findings() {
    return source.map(s -> Findings.of(problems, s)).orElse(Findings.of(problems));
  }
}
