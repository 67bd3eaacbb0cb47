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
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;

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
    BROKEN,
    /**
     * The server took the connection but did not answer within {@link #ANSWER_TIMEOUT} (stopped, or
     * stuck): nothing ran, and its socket is gone, so that later commands do not wait for it.
     */
    UNRESPONSIVE
  }

  /** How a request ended, with the command's exit code when it ran. */
  public record Outcome(Ending ending, int exitCode) {
    static final Outcome NO_SERVER = new Outcome(Ending.NO_SERVER, -1);
    static final Outcome REFUSED = new Outcome(Ending.REFUSED, -1);
    static final Outcome BROKEN = new Outcome(Ending.BROKEN, -1);
    static final Outcome UNRESPONSIVE = new Outcome(Ending.UNRESPONSIVE, -1);
  }

  /**
   * How long a server has to say it started a command. It says so before running it, at once even
   * while it renders a batch for someone else; one that does not is stopped or stuck.
   */
  public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

  private static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";

  private Client() {}

  /**
   * Sends {@code request} to the server listening on {@code socket}, copying its stdout and stderr
   * to {@code out} and {@code err} as they come.
   */
  public static Outcome send(Path socket, Request request, OutputStream out, OutputStream err) {
    return send(socket, request, out, err, ANSWER_TIMEOUT);
  }

  /** As {@link #send(Path, Request, OutputStream, OutputStream)}, with another answer timeout. */
  static Outcome send(
      Path socket, Request request, OutputStream out, OutputStream err, Duration answerTimeout) {
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
    Optional<Object> identity = ServerFolder.identity(socket);
    AnswerWatch watch = new AnswerWatch(channel, answerTimeout);
    try (channel) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      DataOutputStream toServer =
          new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
      Wire.write(toServer, request);
      watch.start();
      return relay(
          new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))),
          out,
          err,
          watch);
    } catch (IOException | RuntimeException e) {
      return Outcome.NO_SERVER;
    } finally {
      if (watch.gaveUp()) {
        ServerFolder.deleteIfSame(socket, identity);
      }
    }
  }

  /**
   * The process id of the server that holds {@code dir}, as it wrote it into its lock file; empty
   * when unknown.
   */
  public static Optional<String> serverProcess(Path dir) {
    try {
      String pid = Files.readString(dir.resolve(Server.LOCK)).strip();
      return pid.matches("[0-9]{1,10}") ? Optional.of(pid) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
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

  private static Outcome relay(
      DataInputStream in, OutputStream out, OutputStream err, AnswerWatch watch) {
    boolean relayed = false;
    try {
      int kind = Wire.kind(in);
      if (!watch.answered()) {
        return Outcome.UNRESPONSIVE;
      }
      for (; ; kind = Wire.kind(in)) {
        if (kind == Wire.STARTED) {
          continue;
        } else if (kind == Wire.EXIT) {
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
      if (watch.gaveUp()) {
        return Outcome.UNRESPONSIVE;
      }
      return relayed ? Outcome.BROKEN : Outcome.NO_SERVER;
    }
  }

  /**
   * Closes the connection when the server has not answered in time, which ends the client's wait
   * for its first frame; whichever comes first, the answer or the timeout, decides.
   */
  private static final class AnswerWatch {
    private static final int WAITING = 0;
    private static final int ANSWERED = 1;
    private static final int GAVE_UP = 2;

    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final SocketChannel channel;
    private final Duration timeout;
    private Thread timer;

    AnswerWatch(SocketChannel channel, Duration timeout) {
      this.channel = channel;
      this.timeout = timeout;
    }

    void start() {
      timer =
          new Thread(
              () -> {
                try {
                  Thread.sleep(timeout.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
                if (state.compareAndSet(WAITING, GAVE_UP)) {
                  ServerFolder.close(channel);
                }
              },
              "declgen-answer-watch");
      timer.setDaemon(true);
      timer.start();
    }

    /** True when the server answered first; from then on the timeout does nothing. */
    boolean answered() {
      boolean first = state.compareAndSet(WAITING, ANSWERED);
      if (first && timer != null) {
        timer.interrupt();
      }
      return first || state.get() == ANSWERED;
    }

    boolean gaveUp() {
      return state.get() == GAVE_UP;
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
