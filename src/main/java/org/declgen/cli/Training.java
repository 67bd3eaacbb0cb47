package org.declgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.declgen.internal.Disk;
import org.declgen.server.Client;
import org.declgen.server.Server;

/**
 * The launchers' training run for the class-data archive: several command lines in one process,
 * separated by {@value #THEN}, so that the archive holds the classes of each (a render, a check, a
 * textconv of YAML and of a Word form), not only of the one command a process runs. Output is
 * discarded; the exit code is 0 whatever the commands return. The last line is run once more
 * through a resident server in this process (see {@link ResidentServer}).
 */
public final class Training {
  static final String THEN = "--then";

  /**
   * {@code Training --sending LINE}: only sends the line, as a process that finds a resident server
   * does, to a server in this process that runs nothing; for the archive of such a process.
   */
  static final String SENDING = "--sending";

  private Training() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals(SENDING)) {
      sendOnly(Arrays.copyOfRange(args, 1, args.length));
      System.exit(0);
    }
    List<String[]> lines = lines(args);
    runQuietly(lines, System.getenv(), Path.of("").toAbsolutePath());
    if (!lines.isEmpty()) {
      throughServer(lines.get(lines.size() - 1));
    }
    System.exit(0);
  }

  /**
   * Sends {@code line} to a resident server run in this process, so that the archive also holds
   * what a command sent to the server loads, on both sides of the socket.
   */
  private static void throughServer(String[] line) throws IOException, InterruptedException {
    withServer(ServerMain::run, () -> ResidentServer.run(line, System.getenv(), here(), false));
  }

  /**
   * Sends {@code line} the way {@link Main#main} does, to a server that answers with a line on each
   * stream and runs nothing, so that the class list holds what a sending process loads and little
   * else.
   */
  private static void sendOnly(String[] line) throws IOException, InterruptedException {
    Server.Handler answer =
        (request, out, err) -> {
          out.println(request.args().get(0));
          err.println(request.args().get(0));
          return 0;
        };
    withServer(answer, () -> Main.send(line, System.getenv(), here(), System.console() != null));
  }

  private static void withServer(Server.Handler handler, Runnable sending)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("declgen-training");
    Thread server =
        new Thread(
            () -> {
              try {
                Server.serve(dir, ResidentServer.build(), Duration.ofMinutes(1), handler);
              } catch (IOException e) {
                // the archive then lacks the server's classes: only slower
              }
            });
    server.setDaemon(true);
    server.start();
    Client.awaitServer(dir.resolve(Server.SOCKET), Duration.ofSeconds(5));
    System.setProperty(ResidentServer.DIR_PROPERTY, dir.toString());
    try {
      sending.run();
    } finally {
      for (String name : List.of(Server.SOCKET, Server.LOCK, Server.OFF, "")) {
        Files.deleteIfExists(dir.resolve(name));
      }
    }
  }

  private static Path here() {
    return Path.of("").toAbsolutePath();
  }

  /** Runs each command line in this process, its output discarded (training and warming up). */
  static void runQuietly(List<String[]> lines, Map<String, String> env, Path workingDir) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (String[] line : lines) {
      Main.run(line, none, none, env, workingDir, false, Disk.REAL);
    }
  }

  static List<String[]> lines(String[] args) {
    List<String[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals(THEN)) {
        if (i > start) {
          lines.add(Arrays.copyOfRange(args, start, i));
        }
        start = i + 1;
      }
    }
    return lines;
  }
}
