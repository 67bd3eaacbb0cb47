package org.declgen.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs command lines sent by {@link Client}s, each on a thread of its own, until it has been idle
 * for a while or its folder no longer holds its socket (a new build removes it).
 *
 * <p>The folder holds {@value #SOCKET}, the socket; {@value #LOCK}, held while a server runs (so
 * that of several started at once only one serves) and holding its process id; and {@value #OFF},
 * written when this machine cannot serve (a path too long for a socket, say), so that clients stop
 * starting servers.
 */
public final class Server {
  public static final String SOCKET = "socket";
  public static final String LOCK = "lock";
  public static final String OFF = "off";

  private static final long WATCH_MILLIS = 2_000;

  /** A connection that has not sent its command line by then is closed (and idles no server). */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Runs one command line with the given streams; returns its exit code. */
  @FunctionalInterface
  public interface Handler {
    int run(Request request, PrintWriter out, PrintWriter err);
  }

  private final Path dir;
  private final String build;
  private final Duration idle;
  private final Handler handler;
  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean stopping;
  private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("declgen-request"));
  private final ScheduledExecutorService hangUps =
      Executors.newSingleThreadScheduledExecutor(daemon("declgen-server-hang-up"));

  private Server(Path dir, String build, Duration idle, Handler handler) {
    this.dir = dir;
    this.build = build;
    this.idle = idle;
    this.handler = handler;
  }

  /**
   * Serves in {@code dir} until idle for {@code idle}; returns at once (0) when another server
   * holds the folder, and 2 when no socket can be made there.
   *
   * @param build only requests from this build are run; others are refused
   */
  public static int serve(Path dir, String build, Duration idle, Handler handler)
      throws IOException {
    return serve(dir, build, idle, Duration.ZERO, handler);
  }

  /**
   * As {@link #serve(Path, String, Duration, Handler)}, but first holds the folder quietly for
   * {@code quietStart}: the command that started the server meanwhile runs without sharing the
   * processor with it, and the commands after it start no second server.
   */
  public static int serve(
      Path dir, String build, Duration idle, Duration quietStart, Handler handler)
      throws IOException {
    ServerFolder.make(dir);
    try (FileChannel lockFile =
            FileChannel.open(
                dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = Locks.tryLock(lockFile)) {
      if (lock == null) {
        return 0;
      }
      ServerFolder.writePid(lockFile);
      if (!pause(quietStart)) {
        return 0;
      }
      Optional<ServerSocketChannel> channel = listen(dir);
      if (channel.isEmpty()) {
        return 2;
      }
      new Server(dir, build, idle, handler).serveOn(channel.get());
      return 0;
    }
  }

  private static boolean pause(Duration quiet) {
    try {
      Thread.sleep(quiet.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The listening socket, or empty (and the {@value #OFF} marker) where none can be made. */
  private static Optional<ServerSocketChannel> listen(Path dir) throws IOException {
    Path socket = dir.resolve(SOCKET);
    Files.deleteIfExists(socket);
    try {
      ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      channel.bind(UnixDomainSocketAddress.of(socket));
      return Optional.of(channel);
    } catch (IOException | UnsupportedOperationException e) {
      Files.writeString(dir.resolve(OFF), String.valueOf(e.getMessage()) + "\n");
      return Optional.empty();
    }
  }

  private void serveOn(ServerSocketChannel channel) {
    Path socket = dir.resolve(SOCKET);
    Optional<Object> identity = ServerFolder.identity(socket);
    // Ended by a signal (kill, a logout), the server takes its socket along: a socket left
    // behind makes the next command try it first.
    Thread removeSocket = new Thread(() -> ServerFolder.deleteIfSame(socket, identity));
    Runtime.getRuntime().addShutdownHook(removeSocket);
    run(channel, identity);
    Runtime.getRuntime().removeShutdownHook(removeSocket);
  }

  private void run(ServerSocketChannel channel, Object socketIdentity) {
    daemon("declgen-server-watch").newThread(() -> watch(channel, socketIdentity)).start();
    try (channel) {
      while (true) {
        SocketChannel client = channel.accept();
        running.incrementAndGet();
        lastUsed.set(System.nanoTime());
        workers.execute(() -> answer(client));
      }
    } catch (ClosedChannelException stopped) {
      // the watch closed the channel
    } catch (IOException e) {
      // cannot accept any more: stop as when idle
    }
    workers.shutdown();
    try {
      workers.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ServerFolder.deleteIfSame(dir.resolve(SOCKET), socketIdentity);
  }

  /** Closes the channel once idle long enough, or once the socket is not ours any more. */
  private void watch(ServerSocketChannel channel, Object socketIdentity) {
    while (channel.isOpen()) {
      try {
        Thread.sleep(WATCH_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      boolean replaced = !socketIdentity.equals(ServerFolder.identity(dir.resolve(SOCKET)));
      boolean idleLongEnough =
          running.get() == 0 && System.nanoTime() - lastUsed.get() > idle.toNanos();
      if (replaced || idleLongEnough || stopping) {
        ServerFolder.close(channel);
      }
    }
  }

  private void answer(SocketChannel client) {
    try (client) {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
      Duration wait = idle.compareTo(REQUEST_TIMEOUT) < 0 ? idle : REQUEST_TIMEOUT;
      ScheduledFuture<?> hangUp =
          hangUps.schedule(
              () -> ServerFolder.close(client), wait.toMillis(), TimeUnit.MILLISECONDS);
      Request request = Wire.read(in);
      hangUp.cancel(false);
      if (!request.build().equals(build)) {
        out.writeByte(Wire.REFUSED);
        out.flush();
        return;
      }
      // At once, before the command: a client that hears nothing knows the server is stuck.
      out.writeByte(Wire.STARTED);
      out.flush();
      Frames frames = new Frames(out);
      PrintWriter stdout = writer(frames, Wire.OUT);
      PrintWriter stderr = writer(frames, Wire.ERR);
      HangUpWatch watch = HangUpWatch.start(client);
      try {
        int code = handler.run(request, stdout, stderr);
        stdout.flush();
        stderr.flush();
        frames.exit(code);
      } finally {
        // Before the watch stops: stopping it closes the connection.
        frames.close();
        watch.stop();
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    } catch (RuntimeException | Error e) {
      // The client sees the connection end and says so; the server's log keeps what happened.
      System.err.println("declgen server: " + e);
      if (e instanceof VirtualMachineError) {
        stopping = true;
      }
    } finally {
      lastUsed.set(System.nanoTime());
      running.decrementAndGet();
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static PrintWriter writer(Frames frames, byte kind) {
    return new PrintWriter(
        new OutputStreamWriter(frames.stream(kind), StandardCharsets.UTF_8), true);
  }
}
