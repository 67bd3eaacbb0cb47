package org.declgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.declgen.internal.Disk;
import org.declgen.server.Request;
import org.declgen.server.Server;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Entry point of the resident server ({@link ResidentServer} starts it): serves the folder named by
 * its one argument until idle for {@value #IDLE_SECONDS} seconds (or {@value #IDLE_PROPERTY}).
 */
public final class ServerMain {
  static final String IDLE_PROPERTY = "declgen.server.idle";
  static final long IDLE_SECONDS = 1200;

  /**
   * How long a new server waits before it listens: the command that started it runs meanwhile on a
   * processor of its own (the server's start and warm-up would otherwise slow it down).
   */
  static final Duration QUIET_START = Duration.ofSeconds(1);

  private ServerMain() {}

  public static void main(String[] args) throws IOException {
    // Where no setsid detached it, Ctrl-C in the terminal that started it must not end it.
    for (String signal : new String[] {"INT", "HUP"}) {
      try {
        Signal.handle(new Signal(signal), SignalHandler.SIG_IGN);
      } catch (IllegalArgumentException e) {
        // no such signal here (Windows has no HUP)
      }
    }
    Duration idle = Duration.ofSeconds(Long.getLong(IDLE_PROPERTY, IDLE_SECONDS));
    Path dir = Path.of(args[0]);
    ServerWarmUp.startOnceListening(dir, System.getenv());
    System.exit(Server.serve(dir, ResidentServer.build(), idle, QUIET_START, ServerMain::run));
  }

  /** Runs one request as {@link Main} runs a command line. */
  static int run(Request r, PrintWriter out, PrintWriter err) {
    return Main.run(
        r.args().toArray(new String[0]),
        out,
        err,
        r.env(),
        r.workingDir(),
        r.interactive(),
        Disk.REAL);
  }
}
