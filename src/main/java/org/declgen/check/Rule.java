package org.declgen.check;

import org.declgen.diag.Severity;

/** One reviewer rule. A rule reports through the context and never throws for bad data. */
public interface Rule {
  /**
   * Stable code used in {@code declgen.yaml}, JSON output and message keys ({@code check.<id>}).
   */
  String id();

  default Severity defaultSeverity() {
    return Severity.WARNING;
  }

  void check(CheckContext ctx);
}
