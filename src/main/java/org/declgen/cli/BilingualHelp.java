package org.declgen.cli;

import java.util.ListResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command answers {@code -h/--help} and {@code -V/--version}; the words picocli puts in a
 * usage message itself (headings, those two options, the {@code help} command) are in Chinese and
 * English, as declgen's own descriptions are.
 */
final class BilingualHelp {
  private BilingualHelp() {}

  static void apply(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.mixinStandardHelpOptions(true);
    spec.resourceBundle(new Words());
    spec.version(DeclgenCommand.VERSION);
    spec.usageMessage().synopsisHeading("用法 / Usage: ").commandListHeading("命令 / Commands:%n");
    if (command.getCommand() instanceof HelpCommand) {
      // The command list shows a command's header, else the first line of its description.
      spec.usageMessage()
          .header(new String[0])
          .description("显示某个命令的用法。", "Display help information about the specified command.");
    }
    command.getSubcommands().values().forEach(BilingualHelp::apply);
  }

  /** The keys picocli looks up for the standard help options' descriptions (a line each). */
  private static final class Words extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {
        {"mixinStandardHelpOptions.help.0", "显示本帮助后退出。"},
        {"mixinStandardHelpOptions.help.1", "Show this help message and exit."},
        {"mixinStandardHelpOptions.version.0", "显示版本后退出。"},
        {"mixinStandardHelpOptions.version.1", "Print version information and exit."},
        {"helpCommand.help.0", "显示 help 命令本身的用法后退出。"},
        {"helpCommand.help.1", "Show usage help for the help command and exit."},
        {"helpCommand.command.0", "要显示用法的命令。"},
        {"helpCommand.command.1", "The COMMAND to display the usage help message for."},
      };
    }
  }
}
