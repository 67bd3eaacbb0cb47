package org.declgen.cli;

/** What the process returns, for scripts and CI. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;

  /** A declaration or template has errors (or, for {@code check}, any error was found). */
  static final int INVALID_INPUT = 1;

  /** The command line itself is wrong. */
  static final int USAGE = 2;

  /** declgen itself failed: a bug to report. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
