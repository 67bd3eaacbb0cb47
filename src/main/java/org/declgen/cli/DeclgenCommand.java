package org.declgen.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only groups the subcommands. */
@Command(name = "declgen", mixinStandardHelpOptions = true, version = "declgen 0.1.0",
    description = {"部门整体预算绩效目标申报表：从 YAML 生成 Word 表格与审阅 Markdown。",
        "Budget performance declarations: YAML to the official Word form and review Markdown."},
    subcommands = {RenderCommand.class, CheckCommand.class, InitCommand.class, DiffCommand.class,
        TextconvCommand.class, ImportCommand.class, TemplatesCommand.class, TemplateCommand.class, BenchCommand.class,
        picocli.CommandLine.HelpCommand.class})
final class DeclgenCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
