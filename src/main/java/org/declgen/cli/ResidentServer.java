package org.declgen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.declgen.diag.Messages;
import org.declgen.server.Client;
import org.declgen.server.Request;
import org.declgen.server.Server;
import org.declgen.server.ServerProcess;

/**
 * The launcher's resident server, from the command's side: the commands run again and again (git's
 * textconv, an editor's check, CI-less render loops) are sent to it when it runs, and start it when
 * it does not, for the next time. The launcher turns this on by naming the server's folder ({@value
 * #DIR_PROPERTY}); tests and a plain {@code java -jar} run every command in-process.
 */
final class ResidentServer {
  /** The server's folder, in the per-user cache of the installation. */
  static final String DIR_PROPERTY = "declgen.server";

  /** The build and Java the launcher found (its cache stamp): a server serves only its own. */
  static final String BUILD_PROPERTY = "declgen.build";

  /** The class-data archive the launcher maps, mapped by the server too. */
  static final String ARCHIVE_PROPERTY = "declgen.archive";

  /** Commands that read and write only what their command line names, sent to the server. */
  static final Set<String> SERVED = Set.of("render", "check", "textconv", "diff", "fmt");

  private ResidentServer() {}

  /**
   * Runs the command line in the server, if one runs and the command is one it serves; returns its
   * exit code, or nothing when the command is to run in this process.
   */
  static OptionalInt run(
      String[] args, Map<String, String> env, Path workingDir, boolean interactive) {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || args.length == 0 || !SERVED.contains(args[0])) {
      return OptionalInt.empty();
    }
    Path folder = Path.of(dir);
    Request request = new Request(build(), workingDir, interactive, env, List.of(args));
    Client.Outcome outcome =
        Client.send(
            folder.resolve(Server.SOCKET),
            request,
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err));
    switch (outcome.ending()) {
      case DONE:
        return OptionalInt.of(outcome.exitCode());
      case BROKEN:
        say(env, "cli.server.broken");
        return OptionalInt.of(ExitCodes.INTERNAL);
      case UNRESPONSIVE:
        // Runs here; no new server while the stuck one holds the folder.
        long seconds = Client.ANSWER_TIMEOUT.toSeconds();
        Client.serverProcess(folder)
            .ifPresentOrElse(
                pid -> say(env, "cli.server.unresponsive", pid, seconds),
                () -> say(env, "cli.server.unresponsive-unknown", seconds));
        return OptionalInt.empty();
      case NO_SERVER:
        ServerProcess.startIfAbsent(folder, serverCommand(folder));
        return OptionalInt.empty();
      default:
        return OptionalInt.empty();
    }
  }

  private static void say(Map<String, String> env, String key, Object... args) {
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    err.println(Messages.fromEnvironment(env).get(key, args));
  }

  static String build() {
    return System.getProperty(BUILD_PROPERTY, "");
  }

  /** The server's JVM: this one's Java, class path, archive and cache. */
  private static List<String> serverCommand(Path folder) {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-Dfile.encoding=UTF-8");
    for (String property :
        List.of(
            CliContext.CACHE_PROPERTY,
            GitSetupCommand.LAUNCHER_PROPERTY,
            BUILD_PROPERTY,
            ServerWarmUp.SAMPLE_PROPERTY)) {
      String value = System.getProperty(property);
      if (value != null) {
        line.add("-D" + property + "=" + value);
      }
    }
    String archive = System.getProperty(ARCHIVE_PROPERTY);
    if (archive != null) {
      line.addAll(
          List.of(
              "-XX:SharedArchiveFile=" + archive,
              "-Xshare:auto",
              "-Xlog:cds=off",
              "-Xlog:cds+dynamic=off"));
    }
    // C1 only, as for one-shot runs: the server's commands and batches are fastest with it for
    // the first several thousand forms, which is longer than most servers live (C2 needs about
    // 6,000 forms to pay back its compile time on two cores).
    line.addAll(List.of("-XX:+UseSerialGC", "-Xmn24m", "-Xmx512m", "-XX:TieredStopAtLevel=1"));
    line.addAll(List.of("-cp", System.getProperty("java.class.path")));
    line.add(ServerMain.class.getName());
    line.add(folder.toString());
    return line;
  }
}
