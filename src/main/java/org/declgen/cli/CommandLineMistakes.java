package org.declgen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.declgen.diag.Messages;
import org.declgen.diag.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, said in the user's language (picocli's own messages are
 * English): an unknown command or option, with the nearest name the command has as the fix; an
 * option without its value; a value that is not of its kind. The command's usage follows, as
 * before.
 */
final class CommandLineMistakes {
  private CommandLineMistakes() {}

  static int report(ParameterException e, Messages messages, PrintWriter err) {
    err.println(message(e, messages));
    Optional<String> nearest =
        e instanceof UnmatchedArgumentException unmatched ? nearest(unmatched) : Optional.empty();
    if (nearest.isPresent()) {
      String hint = messages.get("cli.args.did-you-mean", nearest.get());
      err.println("  " + messages.get("diag.hint") + ": " + hint);
    }
    e.getCommandLine().usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The command's option or subcommand nearest to what was typed, as YAML keys are suggested. */
  private static Optional<String> nearest(UnmatchedArgumentException e) {
    if (e.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    CommandLine command = e.getCommandLine();
    Collection<String> names =
        e.isUnknownOption()
            ? command.getCommandSpec().options().stream()
                .flatMap(o -> Arrays.stream(o.names()))
                .toList()
            : command.getSubcommands().keySet();
    return Suggestions.closest(e.getUnmatched().get(0), names);
  }

  private static String message(ParameterException e, Messages messages) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        return messages.get("cli.args.unknown-option", first);
      }
      // A command of commands (declgen, declgen template) takes no other arguments.
      return e.getCommandLine().getSubcommands().isEmpty()
          ? messages.get("cli.args.extra", first)
          : messages.get("cli.args.unknown-command", first);
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      return arg instanceof OptionSpec option
          ? messages.get("cli.args.missing-value", option.longestName(), option.paramLabel())
          : messages.get("cli.args.missing", arg.paramLabel());
    }
    CommandLine command = e.getCommandLine();
    if (e.getArgSpec() == null && !command.getSubcommands().isEmpty()) {
      // picocli's «Missing required subcommand»: `declgen template` alone.
      return messages.get(
          "cli.args.missing-command",
          command.getCommandSpec().qualifiedName(),
          String.join(", ", command.getSubcommands().keySet()));
    }
    if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
      return messages.get("cli.args.invalid-value", option.longestName(), e.getValue());
    }
    return messages.get("cli.args.other", e.getMessage());
  }
}
