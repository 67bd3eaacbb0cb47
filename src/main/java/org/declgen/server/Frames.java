package org.declgen.server;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's side of one answer: stdout and stderr as frames on one connection, then the end.
 *
 * <p>A command flushes after every line it prints (thousands in a batch with warnings); sending
 * each at once would cost a system call on both sides a line. Frames are collected instead and sent
 * at most {@value #DELAY_MILLIS} ms after the first of them, which a person watching a progress bar
 * does not see, and at the end.
 */
final class Frames {
  static final long DELAY_MILLIS = 10;

  private final DataOutputStream out;

  /** Its own thread: a client that stops reading (a pager) holds up only its own answer. */
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread t = new Thread(task, "declgen-server-send");
            t.setDaemon(true);
            return t;
          });

  private boolean pending;
  private IOException failed;

  Frames(DataOutputStream out) {
    this.out = out;
  }

  /** A stream whose every write becomes one frame of {@code kind}. */
  OutputStream stream(byte kind) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
          frame(kind, b, off, len);
        }
      }
    };
  }

  private synchronized void frame(byte kind, byte[] b, int off, int len) throws IOException {
    if (failed != null) {
      throw failed;
    }
    out.writeByte(kind);
    out.writeInt(len);
    out.write(b, off, len);
    if (!pending) {
      pending = true;
      sender.schedule(this::send, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void send() {
    pending = false;
    try {
      out.flush();
    } catch (IOException e) {
      failed = e;
    }
  }

  /** Sends the exit code after everything collected. */
  synchronized void exit(int code) throws IOException {
    out.writeByte(Wire.EXIT);
    out.writeInt(code);
    out.flush();
  }

  /**
   * Sends what is still collected (a command that failed half-way: the client shows what it
   * printed) and ends the sender thread.
   */
  void close() {
    send();
    sender.shutdownNow();
  }
}
