package org.declgen.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.DiagnosticFormatter;
import org.declgen.diag.Severity;
import org.declgen.diag.SourcePosition;
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
    footer = {"", "退出码 / exit codes: 0 = 无错误 no errors, 1 = 有错误 errors found, 2 = 用法错误 usage"})
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
        "按哪个模板的标准指标框架检查：gz-district（默认）或 gd-municipal。",
        "Indicator framework of template gz-district (default) or gd-municipal."
      })
  String template;

  CheckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      ctx.err.println(ctx.messages.get("cli.check.bad-format", format));
      return ExitCodes.USAGE;
    }
    if (template != null && !exists(template)) {
      ctx.err.println(
          ctx.messages.get(
              "cli.check.bad-template", template, String.join("、", ctx.catalog().ids())));
      return ExitCodes.USAGE;
    }
    List<Diagnostic> all = new ArrayList<>();
    int files = 0;
    boolean usage = false;
    for (String input : inputs) {
      List<DeclarationFiles.Found> found;
      try {
        found = DeclarationFiles.expand(ctx.resolve(input));
      } catch (IOException e) {
        ctx.err.println(ctx.messages.get("cli.no-such-input", input));
        usage = true;
        continue;
      }
      for (DeclarationFiles.Found f : found) {
        files++;
        all.addAll(checkOne(f));
      }
    }
    print(all, files);
    if (usage) {
      return ExitCodes.USAGE;
    }
    return all.stream().anyMatch(Diagnostic::isError) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  /** True when the template can be found (an id, a folder or a .docx). */
  private boolean exists(String spec) {
    try {
      ctx.catalog().resolve(spec);
      return true;
    } catch (DiagnosticException e) {
      return false;
    }
  }

  private List<Diagnostic> checkOne(DeclarationFiles.Found found) {
    String shown = ctx.workingDir.relativize(found.file().toAbsolutePath()).toString();
    try {
      List<Diagnostic> ds =
          CheckRun.of(ctx, found.file(), shown, Optional.ofNullable(template)).diagnostics();
      return strict ? ds.stream().map(d -> d.withSeverity(Severity.ERROR)).toList() : ds;
    } catch (IOException e) {
      ctx.err.println(ctx.messages.get("cli.io-error", shown, String.valueOf(e.getMessage())));
      return List.of(
          Diagnostic.error(SourcePosition.ofFile(shown), "io", String.valueOf(e.getMessage()), ""));
    }
  }

  private void print(List<Diagnostic> all, int files) {
    long errors = all.stream().filter(Diagnostic::isError).count();
    long warnings = all.size() - errors;
    if (format.equals("json")) {
      ctx.out.println(DiagnosticsJson.write(all, files, errors, warnings));
    } else {
      DiagnosticFormatter f = ctx.formatter();
      for (Diagnostic d : all) {
        ctx.out.print(f.format(d));
      }
      ctx.out.println(ctx.messages.get("cli.check.summary", files, errors, warnings));
    }
    ctx.out.flush();
  }
}
