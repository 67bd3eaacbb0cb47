package org.declgen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.declgen.diag.Messages;
import org.declgen.internal.Disk;
import org.declgen.pipeline.Pipeline;
import picocli.CommandLine;

/** Entry point. With {@link ServerMain}, the only places that call {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    Path workingDir = Path.of("").toAbsolutePath();
    boolean interactive = System.console() != null;
    OptionalInt served = send(args, env, workingDir, interactive);
    if (served.isPresent()) {
      System.exit(served.getAsInt());
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, env, workingDir, interactive, Disk.REAL);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Sends the command line to the resident server when one runs and serves it: its exit code, or
   * nothing when the command is to run in this process. All a sending process does (and all the
   * launcher's archive for it holds: {@link Training}).
   */
  static OptionalInt send(
      String[] args, Map<String, String> env, Path workingDir, boolean interactive) {
    return ResidentServer.run(args, env, workingDir, interactive);
  }

  /** Runs one command line with the given streams and environment; returns the exit code. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
    return run(args, out, err, env, workingDir, false, Disk.REAL);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter, Map, Path)}; {@code interactive} says a
   * person watches the terminal, so long runs may draw a progress bar; files are read and written
   * through {@code disk}.
   */
  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Path workingDir,
      boolean interactive,
      Disk disk) {
    Messages messages = Messages.fromEnvironment(env);
    Optional<Path> cache =
        Optional.ofNullable(System.getProperty(CliContext.CACHE_PROPERTY)).map(Path::of);
    CliContext ctx =
        new CliContext(
            new Pipeline(workingDir, messages, disk, cache, env), out, err, interactive, env);
    CommandFactory factory = new CommandFactory(ctx);
    Optional<Callable<Integer>> direct;
    try {
      direct = DirectCommandLine.parse(args, factory);
    } catch (Exception e) {
      return internalError(ctx, e, env);
    }
    if (direct.isPresent()) {
      return callDirect(ctx, direct.get(), env);
    }
    CommandLine cli = new CommandLine(new DeclgenCommand(), factory);
    for (Class<?> sub : DeclgenCommand.subcommandsFor(args)) {
      cli.addSubcommand(new CommandLine(sub, factory));
    }
    BilingualHelp.apply(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(ctx, e, env));
    cli.setParameterExceptionHandler((e, a) -> CommandLineMistakes.report(e, messages, err));
    return cli.execute(args);
  }

  /**
   * A plain command line (see {@link DirectCommandLine}), run without building picocli's model; a
   * failure is reported as picocli's execution handler reports it.
   */
  private static int callDirect(
      CliContext ctx, Callable<Integer> command, Map<String, String> env) {
    try {
      return command.call();
    } catch (Exception e) {
      return internalError(ctx, e, env);
    }
  }

  private static int internalError(CliContext ctx, Exception e, Map<String, String> env) {
    ctx.error("cli.internal-error", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    if (env.containsKey("DECLGEN_DEBUG")) {
      e.printStackTrace(ctx.err);
      ctx.err.flush();
    }
    return ExitCodes.INTERNAL;
  }
}
