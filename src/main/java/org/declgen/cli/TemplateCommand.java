package org.declgen.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.ResolvedTemplate;
import org.declgen.template.CompiledDocx;
import org.declgen.template.TemplateSet;
import org.declgen.template.TemplateUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code declgen template inspect T}: compiles a template and lists the markup it uses. */
@Command(
    name = "template",
    description = {"模板工具。", "Template tools."},
    subcommands = TemplateCommand.Inspect.class)
final class TemplateCommand {
  /** Compiles a template and lists the markup it uses, where. */
  @Command(
      name = "inspect",
      description = {"编译模板并列出其中的标记及其位置。", "Compile a template and list its markup."})
  static final class Inspect implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(
        paramLabel = "T",
        description = {"模板名、文件夹或 .docx。", "Template id, folder or .docx."})
    String template;

    Inspect(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      Optional<Integer> templateProblem = ctx.templateProblem(template);
      if (templateProblem.isPresent()) {
        return templateProblem.get();
      }
      try {
        ResolvedTemplate resolved = ctx.pipeline.template(template);
        TemplateSet set = resolved.set();
        CompiledDocx compiled = resolved.renderer().docx();
        ctx.out.println(set.docxName());
        for (TemplateUsage.Entry e : compiled.usage().entries()) {
          ctx.out.println("  " + e.where() + ": " + e.markup());
        }
        ctx.out.println(ctx.messages.get("cli.template.names"));
        for (String path : compiled.usage().usedPaths()) {
          ctx.out.println("  " + path);
        }
        ctx.out.flush();
        return ExitCodes.OK;
      } catch (DiagnosticException e) {
        ctx.print(Findings.of(e.diagnostics()));
        return ExitCodes.ERRORS;
      }
    }
  }
}
