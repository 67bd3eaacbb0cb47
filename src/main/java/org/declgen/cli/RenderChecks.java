package org.declgen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declgen.check.Checker;
import org.declgen.diag.Diagnostic;
import org.declgen.form.IndicatorFramework;
import org.declgen.yaml.LoadedDeclaration;

/** The checks {@code render} runs before it writes: errors stop it unless forced. */
final class RenderChecks {
  private RenderChecks() {}

  /**
   * Prints what the checks find; true when the form may be written.
   *
   * @param framework the indicator framework of the template the form is rendered with
   */
  static boolean allow(
      CliContext ctx,
      Path file,
      String shown,
      LoadedDeclaration loaded,
      IndicatorFramework framework,
      boolean force) {
    ProjectSettings settings = ProjectSettings.forInput(file, ctx.workingDir, ctx.messages);
    List<Diagnostic> found = new ArrayList<>(settings.problems());
    found.addAll(new Checker(ctx.messages, settings.config(), framework).check(loaded));
    ctx.print(found);
    if (found.stream().noneMatch(Diagnostic::isError)) {
      return true;
    }
    ctx.err.println(ctx.messages.get(force ? "cli.render.forced" : "cli.render.blocked", shown));
    ctx.err.flush();
    return force;
  }
}
