package org.declgen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.declgen.pipeline.FormatOptions;
import org.declgen.pipeline.Formatted;
import org.declgen.pipeline.InputFile;
import org.declgen.pipeline.Inputs;
import org.declgen.pipeline.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen fmt}: declarations rewritten in the canonical layout. */
@Command(
    name = "fmt",
    sortOptions = false,
    description = {
      "把申报表整理为规范格式：改正全角冒号、逗号等输入问题，保留每个值和每条注释。",
      "Rewrite declarations in the canonical layout, fixing typing slips; every value and comment"
          + " is kept."
    },
    footer = {
      "",
      "退出码 / exit codes: 0 = 完成 done, 1 = 有错误未改动，或 --check 时不是规范格式 errors (file left as it"
          + " is), or not canonical under --check, 2 = 用法错误或文件无法读写 usage or unreadable/unwritable"
          + " file, 3 = 内部错误 internal"
    })
final class FmtCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = {"申报表 YAML 文件，或包含它们的文件夹。", "Declaration files or folders."})
  List<String> inputs;

  @Option(
      names = "--check",
      description = {
        "只检查：有文件不是规范格式时退出码为 1；不写任何文件（适合 CI 和提交前检查）。",
        "Check only: exit 1 when a file is not canonical; write nothing (for CI and pre-commit)."
      })
  boolean check;

  @Option(
      names = "--diff",
      description = {
        "显示每个文件将被如何改动（unified diff）；不写任何文件。",
        "Show the change for each file as a unified diff; write nothing."
      })
  boolean diff;

  FmtCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Inputs.Expansion expansion = ctx.pipeline.expand(inputs);
    expansion.problems().forEach(ctx::print);
    Verdict verdict = expansion.problems().isEmpty() ? Verdict.OK : Verdict.UNUSABLE;
    int[] counts = new int[Formatted.Outcome.values().length];
    FormatOptions options = new FormatOptions(check, diff);
    for (InputFile file : expansion.files()) {
      Formatted f = ctx.pipeline.format(file, options);
      counts[f.outcome().ordinal()]++;
      say(f);
      verdict = verdict.and(f.verdict(check));
    }
    summary(counts, expansion.problems().size());
    int skipped = counts[Formatted.Outcome.SKIPPED.ordinal()];
    if (expansion.files().size() == skipped && expansion.problems().isEmpty()) {
      return ctx.noDeclarations(skipped);
    }
    return ExitCodes.of(verdict);
  }

  private void say(Formatted f) {
    String shown = f.file().shown();
    switch (f.outcome()) {
      case WRITTEN -> ctx.out.println(withSlips("cli.fmt.written", "fixed", shown, f.slips()));
      case NOT_CANONICAL -> {
        if (check) {
          ctx.out.println(withSlips("cli.fmt.not-canonical", "found", shown, f.slips()));
        }
        f.diff().ifPresent(ctx.out::print);
      }
      case ERRORS -> {
        ctx.print(f.findings());
        ctx.error("cli.fmt.refused", shown);
      }
      case UNREADABLE, NOT_WRITTEN -> f.problem().ifPresent(ctx::print);
      case INTERNAL ->
          f.failure()
              .ifPresent(
                  e ->
                      ctx.error(
                          "cli.internal-error",
                          e.getClass().getSimpleName(),
                          String.valueOf(e.getMessage())));
      case UNCHANGED, SKIPPED -> {}
    }
    ctx.out.flush();
  }

  private String withSlips(String key, String slipsKey, String shown, int slips) {
    String line = ctx.messages.get(key, shown);
    return slips == 0 ? line : line + ctx.messages.get("cli.fmt.slips." + slipsKey, slips);
  }

  private void summary(int[] counts, int missing) {
    int files = 0;
    for (int c : counts) {
      files += c;
    }
    int skipped = counts[Formatted.Outcome.SKIPPED.ordinal()];
    int errors =
        counts[Formatted.Outcome.ERRORS.ordinal()]
            + counts[Formatted.Outcome.UNREADABLE.ordinal()]
            + counts[Formatted.Outcome.NOT_WRITTEN.ordinal()]
            + counts[Formatted.Outcome.INTERNAL.ordinal()]
            + missing;
    String line =
        check || diff
            ? ctx.messages.get(
                "cli.fmt.check-summary",
                files - skipped,
                counts[Formatted.Outcome.NOT_CANONICAL.ordinal()],
                errors)
            : ctx.messages.get(
                "cli.fmt.summary",
                files - skipped,
                counts[Formatted.Outcome.WRITTEN.ordinal()],
                counts[Formatted.Outcome.UNCHANGED.ordinal()],
                errors);
    ctx.out.println(line + (skipped > 0 ? ctx.messages.get("cli.skipped", skipped) : ""));
    ctx.out.flush();
  }
}
