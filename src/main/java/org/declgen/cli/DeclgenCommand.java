package org.declgen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command; it only groups the subcommands. They are added by {@link Main}: all of
 * them for help and errors, only the one named when a command line names one, so a one-shot render
 * or textconv does not pay for building every other command's model. Without a command it prints
 * the usage and exits as any other usage error does.
 */
@Command(
    name = "declgen",
    mixinStandardHelpOptions = true,
    version = DeclgenCommand.VERSION,
    description = {
      "部门整体预算绩效目标申报表：从 YAML 生成 Word 表格与审阅 Markdown。",
      "Budget performance declarations: YAML to the official Word form and review Markdown."
    })
final class DeclgenCommand implements Callable<Integer> {
  /** What {@code --version} prints. */
  static final String VERSION = "declgen 0.1.0";

  /** Every subcommand, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RenderCommand.class,
          CheckCommand.class,
          FmtCommand.class,
          InitCommand.class,
          DiffCommand.class,
          TextconvCommand.class,
          GitSetupCommand.class,
          ImportCommand.class,
          TemplatesCommand.class,
          TemplateCommand.class,
          BenchCommand.class,
          HelpCommand.class);

  @Spec CommandSpec spec;

  /** The subcommands a command line needs: the one it names, or all of them (help too). */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS.subList(0, SUBCOMMANDS.size() - 1)) {
        if (c.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(c);
        }
      }
    }
    return SUBCOMMANDS;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
