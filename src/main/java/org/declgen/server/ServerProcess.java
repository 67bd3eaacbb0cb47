package org.declgen.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Starts a server in the background, detached from the terminal of the command that starts it. */
public final class ServerProcess {
  /** The server's own output (only ever a JVM failure); kept in its folder for whoever looks. */
  public static final String LOG = "log";

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private ServerProcess() {}

  /**
   * Starts {@code command} (a JVM running {@link Server#serve}) unless a server already holds
   * {@code dir} or one has found that it cannot serve there; true when one was started.
   */
  public static boolean startIfAbsent(Path dir, List<String> command) {
    try {
      if (Files.exists(dir.resolve(Server.OFF)) || held(dir)) {
        return false;
      }
      List<String> line = new ArrayList<>();
      if (Files.isExecutable(SETSID)) {
        // A session of its own: closing the terminal or pressing Ctrl-C there does not end it.
        line.add(SETSID.toString());
      }
      line.addAll(command);
      Process p =
          new ProcessBuilder(line)
              .directory(dir.toFile())
              .redirectOutput(dir.resolve(LOG).toFile())
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean held(Path dir) throws IOException {
    ServerFolder.make(dir);
    try (FileChannel lockFile =
            FileChannel.open(
                dir.resolve(Server.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = Locks.tryLock(lockFile)) {
      return lock == null;
    }
  }
}
