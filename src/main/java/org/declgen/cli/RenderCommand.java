package org.declgen.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.Inputs;
import org.declgen.pipeline.Pipeline;
import org.declgen.pipeline.RenderOptions;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen render}: declarations → the Word form and the review Markdown. */
@Command(
    name = "render",
    sortOptions = false,
    description = {
      "把申报表 YAML 渲染为 Word 正式表格（.docx）和审阅用 Markdown（.md）。",
      "Render declarations (YAML) into the official Word form and review Markdown."
    })
final class RenderCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = {"申报表 YAML 文件，或包含它们的文件夹。", "Declaration files or folders."})
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "output",
      description = {"输出文件夹（默认 output）。", "Output folder (default: output)."})
  String outputDir;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      description = {
        "模板：内置模板名、模板文件夹或 .docx 文件（默认取申报表的「模板」，再取 declgen.yaml 的「模板」，" + "再默认 gz-district）。",
        "Template: built-in id, folder or .docx (default: the declaration's 模板, else declgen.yaml's,"
            + " else gz-district)."
      })
  String template;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "docx,md",
      description = {
        "输出格式：docx、md、pdf，可用逗号列出几种；all 为三种都要（默认 docx,md）。pdf 需要安装 LibreOffice。",
        "docx, md, pdf, a comma-separated list of them, or all (default: docx,md). pdf needs LibreOffice."
      })
  String format;

  @Option(
      names = "--check",
      description = {
        "只检查：输出文件缺失或与重新生成的结果不同时退出码为 1；不写任何文件。",
        "Check only: exit 1 when outputs are missing or differ from a fresh render; write nothing."
      })
  boolean check;

  @Option(
      names = "--force",
      description = {"检查发现错误时仍然生成（会提示）。", "Write the form even when the checks find errors."})
  boolean force;

  RenderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    ctx.pipeline.willRender();
    Set<OutputFormat> formats;
    try {
      formats = OutputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      ctx.error("cli.bad-format", format);
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = ctx.pipeline;
    Optional<Integer> templateProblem = ctx.templateProblem(template);
    if (templateProblem.isPresent()) {
      return templateProblem.get();
    }
    try {
      Renderer.requireOutputs(formats, ctx.env, ctx.messages);
    } catch (DiagnosticException e) {
      ctx.print(Findings.of(e.diagnostics()));
      return ExitCodes.USAGE;
    }
    RenderOptions options =
        new RenderOptions(outputDir, Optional.ofNullable(template), formats, check, force);
    Inputs.Expansion expansion = pipeline.expand(inputs);
    List<Inputs.OutputClash> clashes = Inputs.outputClashes(expansion.files());
    if (!clashes.isEmpty()) {
      clashes.forEach(
          c -> ctx.error("cli.render.same-output", c.first().shown(), c.second().shown()));
      ctx.hint("cli.render.same-output.hint");
      return ExitCodes.USAGE;
    }
    expansion.problems().forEach(ctx::print);
    RenderReport report = new RenderReport(ctx, options, expansion.files().size());
    report.unreadable(expansion.problems().size());
    pipeline.renderAll(expansion.files(), options, report::add);
    return ExitCodes.of(report.finish((System.nanoTime() - started) / 1e9));
  }
}
