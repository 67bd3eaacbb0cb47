package org.declgen.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.pipeline.Textconv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen textconv FILE}: the review Markdown of a declaration, for {@code git diff} and
 * {@code git log -p}. A file that does not load is printed as it is (with the errors on stderr), so
 * that git still shows a diff. The settings file {@code declgen.yaml} is printed as it is.
 */
@Command(
    name = "textconv",
    description = {
      "输出申报表的审阅用 Markdown，供 git diff / git log -p 使用（git 的 textconv）。",
      "Print the review Markdown of a declaration, for git diff and git log -p (git textconv)."
    })
final class TextconvCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      paramLabel = "FILE",
      description = {
        "申报表 YAML 文件，或 Word/Excel 申报表（经导入读取）。",
        "A declaration YAML file, or a Word/Excel form (read through import)."
      })
  String file;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      description = {
        "审阅 Markdown 所用的模板（默认取申报表的「模板」，再取 declgen.yaml 的「模板」，再默认 gz-district）。",
        "Template whose review Markdown to use (default: the declaration's 模板, else"
            + " declgen.yaml's, else gz-district)."
      })
  String template;

  TextconvCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ctx.pipeline.willRender();
    Optional<Integer> templateProblem = ctx.templateProblem(template);
    if (templateProblem.isPresent()) {
      return templateProblem.get();
    }
    Textconv t = ctx.pipeline.textconv(file, Optional.ofNullable(template));
    t.problem().ifPresent(ctx::print);
    ctx.print(t.findings());
    if (t.problem().isEmpty()) {
      ctx.out.print(
          t.markdown()
              .orElseGet(
                  () ->
                      t.isForm()
                          ? ctx.messages.get("cli.textconv.unreadable", file) + "\n"
                          : t.original()));
    }
    ctx.out.flush();
    return ExitCodes.of(t.verdict());
  }
}
