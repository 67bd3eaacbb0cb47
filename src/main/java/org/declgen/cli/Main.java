package org.declgen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.diag.Messages;
import picocli.CommandLine;

/** Entry point. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.getenv(), Path.of("").toAbsolutePath(),
        System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line with the given streams and environment; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
      Path workingDir) {
    return run(args, out, err, env, workingDir, false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter, Map, Path)}; {@code interactive} says a
   * person watches the terminal, so long runs may draw a progress bar.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
      Path workingDir, boolean interactive) {
    Messages messages = Messages.fromEnvironment(env);
    CliContext ctx = new CliContext(workingDir, out, err, messages, interactive);
    CommandFactory factory = new CommandFactory(ctx);
    CommandLine cli = new CommandLine(new DeclgenCommand(), factory);
    for (Class<?> sub : DeclgenCommand.subcommandsFor(args)) {
      cli.addSubcommand(new CommandLine(sub, factory));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println(messages.get("cli.internal-error", e.getClass().getSimpleName(),
          String.valueOf(e.getMessage())));
      if (env.containsKey("DECLGEN_DEBUG")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println(e.getMessage());
      e.getCommandLine().usage(err);
      err.flush();
      return ExitCodes.USAGE;
    });
    return cli.execute(args);
  }
}
