package org.declgen.cli;

import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.pipeline.Findings;
import org.declgen.template.catalog.TemplateSet;
import picocli.CommandLine.Command;

/** {@code declgen templates}: the templates a user can name, with one line each. */
@Command(
    name = "templates",
    description = {
      "列出可用的模板（项目 templates/ 文件夹中的优先，其次是内置模板）。",
      "List the templates: the project's templates/ folder first, then the built-in ones."
    })
final class TemplatesCommand implements Callable<Integer> {
  private final CliContext ctx;

  TemplatesCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try {
      for (TemplateSet t : ctx.pipeline.templates()) {
        ctx.out.printf("%-16s %s  (%s)%n", t.id(), t.description(), t.origin());
      }
      ctx.out.flush();
      return ExitCodes.OK;
    } catch (DiagnosticException e) {
      ctx.print(Findings.of(e.diagnostics()));
      return ExitCodes.ERRORS;
    }
  }
}
