package org.declgen.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Severity;
import org.declgen.pipeline.Checked;
import org.declgen.pipeline.FileProblem;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.InputFile;
import org.declgen.pipeline.Inputs;
import org.declgen.pipeline.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen check}: the reviewer's rules over declarations, with positioned findings. */
@Command(
    name = "check",
    sortOptions = false,
    description = {
      "按财政审核规则检查申报表：金额勾稽、指标框架、指标值写法。",
      "Check declarations the way a finance-bureau reviewer does."
    },
    footer = {
      "",
      "退出码 / exit codes: 0 = 无错误 no errors, 1 = 有错误 errors found,"
          + " 2 = 用法错误或文件无法读取 usage or unreadable file, 3 = 内部错误 internal"
    })
final class CheckCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = {"申报表 YAML 文件，或包含它们的文件夹。", "Declaration files or folders."})
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = {"输出格式：text 或 json（默认 text）。", "text or json (default: text)."})
  String format;

  @Option(
      names = "--strict",
      description = {"把警告也当作错误（有警告时退出码为 1）。", "Treat warnings as errors."})
  boolean strict;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      description = {
        "按哪个模板的标准指标框架检查（默认取申报表的「模板」，再取 declgen.yaml 的「模板」，再默认 gz-district）。",
        "Check against this template's framework (default: the declaration's 模板, else declgen.yaml's,"
            + " else gz-district)."
      })
  String template;

  CheckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      ctx.error("cli.check.bad-format", format);
      return ExitCodes.USAGE;
    }
    Optional<Integer> templateProblem = ctx.templateProblem(template);
    if (templateProblem.isPresent()) {
      return templateProblem.get();
    }
    Inputs.Expansion expansion = ctx.pipeline.expand(inputs);
    expansion.problems().forEach(ctx::print);
    Tally tally = new Tally();
    tally.problems.addAll(expansion.problems());
    for (InputFile file : expansion.files()) {
      Checked checked = ctx.pipeline.check(file, Optional.ofNullable(template));
      if (checked.kind() == Checked.Kind.SKIPPED) {
        tally.skipped++;
      } else {
        add(tally, checked);
      }
    }
    printSummary(tally);
    if (tally.files == 0 && tally.problems.isEmpty()) {
      return ctx.noDeclarations(tally.skipped);
    }
    return ExitCodes.of(tally.verdict());
  }

  /** Counts over a run; the diagnostics are kept for JSON only. */
  private static final class Tally {
    final List<FileProblem> problems = new ArrayList<>();

    /** Each said once: a folder's declgen.yaml problems are the same objects for each file. */
    final Set<Diagnostic> said = Collections.newSetFromMap(new IdentityHashMap<>());

    final List<Diagnostic> listed = new ArrayList<>();
    int files;
    int skipped;
    long errors;
    long warnings;

    Verdict verdict() {
      Verdict v = errors > 0 ? Verdict.ERRORS : Verdict.OK;
      return problems.isEmpty() ? v : v.and(Verdict.UNUSABLE);
    }
  }

  private void add(Tally tally, Checked checked) {
    tally.files++;
    checked
        .problem()
        .ifPresent(
            p -> {
              tally.problems.add(p);
              ctx.print(p);
            });
    List<Diagnostic> fresh = new ArrayList<>();
    for (Diagnostic d : checked.findings().diagnostics()) {
      Diagnostic shown = strict ? d.withSeverity(Severity.ERROR) : d;
      if (tally.said.add(d)) {
        tally.listed.add(shown);
        fresh.add(shown);
        tally.errors += shown.isError() ? 1 : 0;
        tally.warnings += shown.isError() ? 0 : 1;
      }
    }
    if (format.equals("text")) {
      ctx.print(ctx.out, new Findings(fresh, checked.findings().sources()));
    }
  }

  private void printSummary(Tally tally) {
    if (format.equals("json")) {
      List<Diagnostic> listed = new ArrayList<>();
      tally.problems.forEach(p -> listed.add(p.asDiagnostic(ctx.messages)));
      listed.addAll(tally.listed);
      ctx.out.println(
          DiagnosticsJson.write(
              listed, tally.files, tally.errors + tally.problems.size(), tally.warnings));
    } else {
      ctx.out.println(
          ctx.messages.get("cli.check.summary", tally.files, tally.errors, tally.warnings)
              + (tally.skipped > 0 ? ctx.messages.get("cli.skipped", tally.skipped) : ""));
    }
    ctx.out.flush();
  }
}
