package org.declgen.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about an input: where, what is wrong and (optionally) what to do about it.
 *
 * @param code stable identifier of the kind of finding (for JSON output and configuration)
 * @param hint how to fix it; empty when there is nothing useful to say
 */
public record Diagnostic(
    Severity severity, SourcePosition position, String code, String message, String hint) {
  /**
   * Diagnostics in the order of their places in a file: by line, then column. Written out rather
   * than with {@code Comparator.comparingInt}, whose serializable lambdas Java 17 cannot take from
   * the start-up archive and makes anew in every process.
   */
  public static final Comparator<Diagnostic> IN_FILE_ORDER =
      (a, b) -> {
        int byLine = Integer.compare(a.position().line(), b.position().line());
        return byLine != 0 ? byLine : Integer.compare(a.position().column(), b.position().column());
      };

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(SourcePosition at, String code, String message, String hint) {
    return new Diagnostic(Severity.ERROR, at, code, message, hint);
  }

  public static Diagnostic warning(SourcePosition at, String code, String message, String hint) {
    return new Diagnostic(Severity.WARNING, at, code, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, position, code, message, hint);
  }
}
