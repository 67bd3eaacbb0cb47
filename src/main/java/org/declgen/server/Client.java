package org.declgen.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceConfigurationError;

/** Sends one command line to a running {@link Server} and relays its output and exit code. */
public final class Client {
  /** How a request ended. */
  public enum Ending {
    /** The server ran the command; {@link Outcome#exitCode()} is its exit code. */
    DONE,
    /** No server answered (none running, or it ended before starting the command). */
    NO_SERVER,
    /** A server of another build answered, and refused. */
    REFUSED,
    /** The server ended while it ran the command: part of the output may have been relayed. */
    BROKEN
  }

  /** How a request ended, with the command's exit code when it ran. */
  public record Outcome(Ending ending, int exitCode) {
    static final Outcome NO_SERVER = new Outcome(Ending.NO_SERVER, -1);
    static final Outcome REFUSED = new Outcome(Ending.REFUSED, -1);
    static final Outcome BROKEN = new Outcome(Ending.BROKEN, -1);
  }

  private static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";

  private Client() {}

  /**
   * Sends {@code request} to the server listening on {@code socket}, copying its stdout and stderr
   * to {@code out} and {@code err} as they come.
   */
  public static Outcome send(Path socket, Request request, OutputStream out, OutputStream err) {
    if (!Files.exists(socket)) {
      // Most often so when no server runs: the socket classes' set-up is not worth paying.
      return Outcome.NO_SERVER;
    }
    SocketChannel channel;
    try {
      preferBuiltInSelectorProvider();
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException | UnsupportedOperationException | ServiceConfigurationError e) {
      return Outcome.NO_SERVER;
    }
    try (channel) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      DataOutputStream toServer =
          new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
      Wire.write(toServer, request);
      return relay(
          new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), out, err);
    } catch (IOException | RuntimeException e) {
      return Outcome.NO_SERVER;
    }
  }

  /**
   * Waits until a server listens on {@code socket} (its file appears a moment before it listens);
   * false if none does within {@code timeout}.
   */
  public static boolean awaitServer(Path socket, Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < until) {
      try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
        return true;
      } catch (IOException e) {
        Thread.sleep(10);
      }
    }
    return false;
  }

  /**
   * Before its own, Java looks for a selector provider on the whole class path, opening each of
   * declgen's 50-odd jars: a quarter of the time a command sent to the server takes. On Linux its
   * own is the EPoll provider; naming it skips the search and changes nothing else.
   */
  private static void preferBuiltInSelectorProvider() {
    if (System.getProperty(SELECTOR_PROVIDER) == null
        && "Linux".equals(System.getProperty("os.name"))) {
      System.setProperty(SELECTOR_PROVIDER, "sun.nio.ch.EPollSelectorProvider");
    }
  }

  private static Outcome relay(DataInputStream in, OutputStream out, OutputStream err) {
    boolean relayed = false;
    try {
      while (true) {
        int kind = Wire.kind(in);
        if (kind == Wire.EXIT) {
          return new Outcome(Ending.DONE, in.readInt());
        } else if (kind == Wire.REFUSED) {
          return Outcome.REFUSED;
        } else if (kind == Wire.OUT || kind == Wire.ERR) {
          copy(Wire.chunk(in), kind == Wire.OUT ? out : err);
          relayed = true;
        } else {
          return relayed ? Outcome.BROKEN : Outcome.NO_SERVER;
        }
      }
    } catch (IOException e) {
      return relayed ? Outcome.BROKEN : Outcome.NO_SERVER;
    }
  }

  /**
   * Writes one chunk where it belongs. A closed stdout ({@code declgen textconv x | head}) is
   * ignored, as a command run in-process ignores it: the command still ends with its own code.
   */
  private static void copy(byte[] chunk, OutputStream to) {
    try {
      to.write(chunk);
      to.flush();
    } catch (IOException e) {
      // the reader went away; the rest is dropped
    }
  }
}
