package org.declgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
      defaultValue = TemplateCatalog.DEFAULT_ID,
      description = {
        "模板：内置模板名、模板文件夹或 .docx 文件（默认 gz-district）。",
        "Template: built-in id, folder or .docx (default: gz-district)."
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

  /** True while a progress bar stands in for the per-file lines. */
  private boolean quietWrites;

  RenderCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** What rendering one file gave: its printed text, buffered so files print in order. */
  private record Outcome(
      boolean ok, boolean internal, int stale, String out, String err, List<String> unprinted) {}

  @Override
  public Integer call() {
    long started = System.nanoTime();
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
    try {
      renderer.requireOutputs(formats);
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      return ExitCodes.INVALID_INPUT;
    }
    DeclarationReader reader = new DeclarationReader(ctx.messages);
    List<DeclarationFiles.Found> files = new ArrayList<>();
    int missing = expandInputs(files);
    quietWrites = showsProgress(files.size());
    Tally tally = renderAll(files, f -> renderOne(reader, renderer, f, formats));
    tally.failed += missing;
    printSummary(tally, (System.nanoTime() - started) / 1e9);
    if (tally.internal) {
      return ExitCodes.INTERNAL;
    }
    return tally.failed == 0 && tally.stale == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** Adds the declaration files the inputs name; returns how many inputs do not exist. */
  private int expandInputs(List<DeclarationFiles.Found> files) {
    int missing = 0;
    for (String input : inputs) {
      try {
        files.addAll(DeclarationFiles.expand(ctx.resolve(input)));
      } catch (IOException e) {
        ctx.err.println(ctx.messages.get("cli.no-such-input", input));
        missing++;
      }
    }
    return missing;
  }

  private void printSummary(Tally tally, double seconds) {
    if (check) {
      ctx.out.println(
          ctx.messages.get(
              tally.stale == 0 ? "cli.render.check-ok" : "cli.render.check-stale",
              tally.rendered,
              tally.stale));
    } else if (tally.rendered + tally.failed > 1 || tally.failed > 0) {
      ctx.out.println(
          ctx.messages.get(
              "cli.render.summary",
              tally.rendered,
              tally.failed,
              String.format(Locale.ROOT, "%.1f", seconds)));
    }
    ctx.out.flush();
  }

  /** Counts over a run. */
  private static final class Tally {
    int rendered;
    int failed;
    int stale;
    boolean internal;
  }

  /** Renders the files on all cores and prints what each gave, in the files' order. */
  private Tally renderAll(
      List<DeclarationFiles.Found> files, Function<DeclarationFiles.Found, Outcome> one) {
    Tally tally = new Tally();
    Set<String> unprintedNoticed = new LinkedHashSet<>();
    ProgressBar bar =
        showsProgress(files.size())
            ? new ProgressBar(ctx.err, ctx.messages.get("cli.render.progress"), files.size())
            : null;
    OrderedParallel.run(
        files,
        one,
        outcome -> {
          Runnable print = () -> print(outcome, unprintedNoticed);
          if (bar == null) {
            print.run();
          } else {
            if (!outcome.err().isEmpty()
                || !outcome.out().isEmpty()
                || !outcome.unprinted().isEmpty()) {
              bar.above(print);
            }
            bar.step(outcome.ok());
          }
          tally.rendered += outcome.ok() ? 1 : 0;
          tally.failed += outcome.ok() ? 0 : 1;
          tally.stale += outcome.stale();
          tally.internal |= outcome.internal();
        });
    if (bar != null) {
      bar.clear();
    }
    return tally;
  }

  /** A bar on a terminal for a batch; plain lines otherwise. */
  private boolean showsProgress(int files) {
    return ctx.interactive && files > 1;
  }

  private void print(Outcome outcome, Set<String> unprintedNoticed) {
    ctx.err.print(outcome.err());
    ctx.err.flush();
    noticeUnprinted(outcome.unprinted(), unprintedNoticed);
    ctx.out.print(outcome.out());
    ctx.out.flush();
  }

  /** Says once per run which filled-in facts the Word template leaves off the form. */
  private void noticeUnprinted(List<String> fields, Set<String> alreadyNoticed) {
    for (String field : fields) {
      if (alreadyNoticed.add(field)) {
        ctx.out.println(ctx.messages.get("cli.render.unprinted", template, field));
      }
    }
  }

  /** Reads, checks, renders and writes one file; runs on a worker thread, prints nothing. */
  private Outcome renderOne(
      DeclarationReader reader,
      Renderer renderer,
      DeclarationFiles.Found found,
      Set<OutputFormat> formats) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext local = ctx.withStreams(new PrintWriter(out), new PrintWriter(err));
    String shown = ctx.workingDir.relativize(found.file().toAbsolutePath()).toString();
    List<String> unprinted = new ArrayList<>();
    int[] stale = {0};
    boolean ok;
    boolean internal = false;
    try {
      ok = renderOne(local, reader, renderer, found, shown, formats, unprinted, stale);
    } catch (RuntimeException e) {
      local.err.println(
          shown
              + ": "
              + ctx.messages.get(
                  "cli.internal-error",
                  e.getClass().getSimpleName(),
                  String.valueOf(e.getMessage())));
      ok = false;
      internal = true;
    }
    local.out.flush();
    local.err.flush();
    return new Outcome(ok, internal, stale[0], out.toString(), err.toString(), unprinted);
  }

  private boolean renderOne(
      CliContext local,
      DeclarationReader reader,
      Renderer renderer,
      DeclarationFiles.Found found,
      String shown,
      Set<OutputFormat> formats,
      List<String> unprinted,
      int[] stale) {
    try {
      LoadedDeclaration loaded = reader.read(found.file(), shown);
      if (!RenderChecks.allow(local, found.file(), shown, loaded, template, force)) {
        return false;
      }
      Map<OutputFormat, byte[]> outputs = renderer.render(loaded.declaration(), formats);
      if (formats.contains(OutputFormat.DOCX)) {
        unprinted.addAll(renderer.unprintedFields(loaded.declaration()));
      }
      Path base = ctx.resolve(outputDir).resolve(DeclarationFiles.baseName(found.relative()));
      if (check) {
        for (StaleOutputs.Stale s : StaleOutputs.find(outputs, base)) {
          local.out.println(
              ctx.messages.get(
                  s.missing() ? "cli.render.missing" : "cli.render.stale",
                  ctx.workingDir.relativize(s.file().toAbsolutePath())));
          stale[0]++;
        }
        return true;
      }
      Renderer.write(outputs, base);
      if (!quietWrites) {
        for (OutputFormat f : outputs.keySet()) {
          local.out.println(
              ctx.messages.get(
                  "cli.render.wrote",
                  ctx.workingDir.relativize(base.toAbsolutePath()) + "." + f.extension()));
        }
      }
      return true;
    } catch (DiagnosticException e) {
      local.print(e.diagnostics());
      local.err.println(ctx.messages.get("cli.render.not-written", shown));
      return false;
    } catch (IOException e) {
      local.err.println(ctx.messages.get("cli.io-error", shown, String.valueOf(e.getMessage())));
      return false;
    }
  }
}
