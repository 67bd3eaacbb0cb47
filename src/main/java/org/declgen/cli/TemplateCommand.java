package org.declgen.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declgen.diag.DiagnosticException;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.ResolvedTemplate;
import org.declgen.template.catalog.TemplateSet;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.docx.PackageSkeleton;
import org.declgen.template.docx.TemplateUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen template inspect T}: compiles a template and lists its package (the main document
 * it fills, the parts it copies) and the markup it uses.
 */
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
        PackageSkeleton skeleton = compiled.skeleton();
        ctx.out.println("  " + ctx.messages.get("cli.template.main-part", skeleton.mainPart()));
        ctx.out.println(
            "  " + ctx.messages.get("cli.template.copied-parts", copiedParts(skeleton)));
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

    private static String copiedParts(PackageSkeleton skeleton) {
      return Stream.concat(skeleton.before().stream(), skeleton.after().stream())
          .map(PackageSkeleton.Part::name)
          .collect(Collectors.joining("、"));
    }
  }
}
