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
    ServerWarmUp.startIfSampleNamed(System.getenv());
    System.exit(Server.serve(Path.of(args[0]), ResidentServer.build(), idle, ServerMain::run));
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
