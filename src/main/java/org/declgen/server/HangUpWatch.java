package org.declgen.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Interrupts a command whose client has gone (Ctrl-C in its terminal, say), as the command would
 * have ended with its process: a batch stops instead of rendering on for nobody. Files are written
 * whole or not at all, so an interrupted command leaves nothing half-written.
 */
final class HangUpWatch {
  private final AtomicBoolean over = new AtomicBoolean();
  private final Thread reader;

  private HangUpWatch(SocketChannel client, Thread command) {
    reader =
        new Thread(
            () -> {
              try {
                // The client sends nothing after its request: a read ends only when it goes.
                client.read(ByteBuffer.allocate(1));
              } catch (IOException e) {
                // gone, or closed by stop()
              }
              if (over.compareAndSet(false, true)) {
                command.interrupt();
              }
            },
            "declgen-hang-up-watch");
    reader.setDaemon(true);
  }

  /** Starts watching {@code client} for the command running on the calling thread. */
  static HangUpWatch start(SocketChannel client) {
    HangUpWatch watch = new HangUpWatch(client, Thread.currentThread());
    watch.reader.start();
    return watch;
  }

  /**
   * Ends the watch once the command has ended; clears an interrupt the watch made, so that the
   * calling thread goes back to its pool as it came.
   */
  void stop() {
    if (over.compareAndSet(false, true)) {
      reader.interrupt();
      return;
    }
    try {
      reader.join();
    } catch (InterruptedException e) {
      // the interrupt this watch made arrived here; cleared below
    }
    Thread.interrupted();
  }
}
