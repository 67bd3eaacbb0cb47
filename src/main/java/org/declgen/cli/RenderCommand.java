package org.declgen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.render.StaleOutputs;
import org.declgen.template.TemplateCatalog;
import org.declgen.template.TemplateSet;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.LoadedDeclaration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen render}: declarations → the Word form and the review Markdown. */
@Command(name = "render", sortOptions = false,
    description = {"把申报表 YAML 渲染为 Word 正式表格（.docx）和审阅用 Markdown（.md）。",
        "Render declarations (YAML) into the official Word form and review Markdown."})
final class RenderCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = {"申报表 YAML 文件，或包含它们的文件夹。", "Declaration files or folders."})
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
      description = {"输出文件夹（默认 output）。", "Output folder (default: output)."})
  String outputDir;

  @Option(names = {"-t", "--template"}, paramLabel = "T", defaultValue = TemplateCatalog.DEFAULT_ID,
      description = {"模板：内置模板名、模板文件夹或 .docx 文件（默认 gz-district）。",
          "Template: built-in id, folder or .docx (default: gz-district)."})
  String template;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "all",
      description = {"输出格式：docx、md 或 all（默认 all）。", "docx, md or all (default: all)."})
  String format;

  @Option(names = "--check",
      description = {"只检查：输出文件缺失或与重新生成的结果不同时退出码为 1；不写任何文件。",
          "Check only: exit 1 when outputs are missing or differ from a fresh render; write nothing."})
  boolean check;

  private int stale;

  @Option(names = "--force",
      description = {"检查发现错误时仍然生成（会提示）。", "Write the form even when the checks find errors."})
  boolean force;

  RenderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Set<OutputFormat> formats;
    try {
      formats = OutputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      ctx.err.println(ctx.messages.get("cli.bad-format", format));
      return ExitCodes.USAGE;
    }
    TemplateSet templates;
    try {
      templates = ctx.catalog().resolve(template);
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      return ExitCodes.INVALID_INPUT;
    }
    Renderer renderer = new Renderer(ctx.engine(), templates);
    DeclarationReader reader = new DeclarationReader(ctx.messages);
    int rendered = 0;
    int failed = 0;
    java.util.Set<String> unprintedNoticed = new java.util.LinkedHashSet<>();
    for (String input : inputs) {
      List<DeclarationFiles.Found> files;
      try {
        files = DeclarationFiles.expand(ctx.resolve(input));
      } catch (IOException e) {
        ctx.err.println(ctx.messages.get("cli.no-such-input", input));
        failed++;
        continue;
      }
      for (DeclarationFiles.Found found : files) {
        if (renderOne(reader, renderer, found, formats, unprintedNoticed)) {
          rendered++;
        } else {
          failed++;
        }
      }
    }
    if (check) {
      ctx.out.println(ctx.messages.get(stale == 0 ? "cli.render.check-ok" : "cli.render.check-stale",
          rendered, stale));
    } else if (rendered + failed > 1 || failed > 0) {
      ctx.out.println(ctx.messages.get("cli.render.summary", rendered, failed));
    }
    ctx.out.flush();
    return failed == 0 && stale == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** Says once per run which filled-in facts the Word template leaves off the form. */
  private void noticeUnprinted(List<String> fields, Set<String> alreadyNoticed) {
    for (String field : fields) {
      if (alreadyNoticed.add(field)) {
        ctx.out.println(ctx.messages.get("cli.render.unprinted", template, field));
      }
    }
  }

  private boolean renderOne(DeclarationReader reader, Renderer renderer,
      DeclarationFiles.Found found, Set<OutputFormat> formats, Set<String> unprintedNoticed) {
    String shown = ctx.workingDir.relativize(found.file().toAbsolutePath()).toString();
    try {
      LoadedDeclaration loaded = reader.read(found.file(), shown);
      if (!RenderChecks.allow(ctx, found.file(), shown, loaded, template, force)) {
        return false;
      }
      Map<OutputFormat, byte[]> outputs = renderer.render(loaded.declaration(), formats);
      if (formats.contains(OutputFormat.DOCX)) {
        noticeUnprinted(renderer.unprintedFields(loaded.declaration()), unprintedNoticed);
      }
      Path base = ctx.resolve(outputDir).resolve(DeclarationFiles.baseName(found.relative()));
      if (check) {
        for (StaleOutputs.Stale s : StaleOutputs.find(outputs, base)) {
          ctx.out.println(ctx.messages.get(s.missing() ? "cli.render.missing" : "cli.render.stale",
              ctx.workingDir.relativize(s.file().toAbsolutePath())));
          stale++;
        }
        return true;
      }
      Renderer.write(outputs, base);
      for (OutputFormat f : outputs.keySet()) {
        ctx.out.println(ctx.messages.get("cli.render.wrote",
            ctx.workingDir.relativize(base.toAbsolutePath()) + "." + f.extension()));
      }
      return true;
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      ctx.err.println(ctx.messages.get("cli.render.not-written", shown));
      return false;
    } catch (IOException e) {
      ctx.err.println(ctx.messages.get("cli.io-error", shown, String.valueOf(e.getMessage())));
      return false;
    }
  }
}
