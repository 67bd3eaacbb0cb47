package org.declgen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.declgen.diff.FileDiff;
import org.declgen.diff.JsonReport;
import org.declgen.diff.MarkdownReport;
import org.declgen.pipeline.Diffed;
import org.declgen.pipeline.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen diff OLD NEW} / {@code declgen diff --git REV}: what changed between two versions
 * of a declaration, in the form's terms. Exits like {@code diff}: 0 equal, 1 different, 2 trouble.
 */
@Command(
    name = "diff",
    sortOptions = false,
    description = {
      "比较申报表的两个版本，按申报表栏目列出改动（金额增减、任务、指标）。",
      "Compare two versions of a declaration and list the changes in the form's terms.",
      "退出码 / exit: 0 相同 equal，1 有改动 different，2 出错 error."
    })
final class DiffCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "0..2",
      paramLabel = "OLD NEW",
      description = {
        "旧版与新版：文件路径，或 git 版本:路径（如 HEAD~1:data/x.yaml）。",
        "Old and new: a file, or REV:path read through git (e.g. HEAD~1:data/x.yaml)."
      })
  List<String> sides = new ArrayList<>();

  @Option(
      names = "--git",
      paramLabel = "REV",
      description = {
        "比较自 REV 以来改动过的每一份申报表（与工作区比较）。",
        "Compare every declaration changed since REV with the working tree."
      })
  String revision;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = {"输出格式：md（默认）或 json。", "md (default) or json."})
  String format;

  DiffCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (!format.equals("md") && !format.equals("json")) {
      ctx.error("cli.diff.bad-format", format);
      return ExitCodes.USAGE;
    }
    if ((revision == null) != (sides.size() == 2)) {
      ctx.error("cli.diff.usage");
      return ExitCodes.USAGE;
    }
    Diffed diffed =
        revision == null
            ? ctx.pipeline.diff(sides.get(0), sides.get(1))
            : ctx.pipeline.diffSince(revision);
    ctx.print(diffed.findings());
    diffed.troubles().forEach(t -> ctx.err.println(t));
    ctx.err.flush();
    if (diffed.verdict() == Verdict.UNUSABLE) {
      return ExitCodes.USAGE;
    }
    List<FileDiff> files = diffed.files();
    ctx.out.print(
        format.equals("json")
            ? JsonReport.write(files)
            : files.isEmpty()
                ? ctx.messages.get("cli.diff.no-files", revision) + "\n"
                : new MarkdownReport(ctx.messages).write(files));
    ctx.out.flush();
    return ExitCodes.of(diffed.verdict());
  }
}
