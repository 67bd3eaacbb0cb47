package org.declgen.cli;

import org.declgen.pipeline.Verdict;

/**
 * What the process returns, for scripts and CI: one meaning per code, the same for every command.
 *
 * <table>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done (warnings do not count; {@code diff}: no changes)</td></tr>
 *   <tr><td>1</td><td>a declaration, template or declgen.yaml has errors, also when written
 *       with {@code --force}; {@code import}: the form could not be read as a declaration or
 *       has cells that went nowhere; {@code diff}: the versions differ; {@code render --check}:
 *       outputs are missing or stale</td></tr>
 *   <tr><td>2</td><td>the command line is wrong (no arguments, an unknown option or template)
 *       or a file cannot be read or written (missing, no permission, not a folder, disk full,
 *       exists without {@code --force}); {@code diff}: also a version with errors, as with
 *       {@code diff(1)}</td></tr>
 *   <tr><td>3</td><td>declgen itself failed: a bug to report (the launchers also exit 3, saying
 *       why, when they find no Java 17)</td></tr>
 * </table>
 *
 * <p>{@code textconv} prints a file that does not load as it is and exits 0, so that {@code git
 * diff} still shows it.
 */
final class ExitCodes {
  static final int OK = 0;
  static final int ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCodes() {}

  static int of(Verdict verdict) {
    return switch (verdict) {
      case OK -> OK;
      case ERRORS -> ERRORS;
      case UNUSABLE -> USAGE;
      case INTERNAL -> INTERNAL;
    };
  }
}
