package org.declgen.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a server in the background, detached from the terminal of the command that starts it. */
public final class ServerProcess {
  /** The server's own output (only ever a JVM failure); kept in its folder for whoever looks. */
  public static final String LOG = "log";

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final Path SH = Path.of("/bin/sh");
  private static final Path NO_INPUT = Path.of("/dev/null");

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
      // No server holds the folder: a socket there was left by one that was killed. Gone, the
      // commands until the new server listens start as usual instead of trying it first.
      ServerFolder.delete(dir.resolve(Server.SOCKET));
      Process p =
          new ProcessBuilder(detached(command))
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT.toFile()))
              .redirectOutput(dir.resolve(LOG).toFile())
              .redirectErrorStream(true)
              .start();
      // The shell only starts the server and ends: once it has, no thread of this JVM waits on
      // a child, and this JVM exits at once (it would wait 0.3 s for a thread in waitpid).
      p.waitFor(2, TimeUnit.SECONDS);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /**
   * {@code command} started by a shell in the background, in a session of its own (setsid, where
   * there is one: closing the terminal, or Ctrl-C there, does not end it), so that the server is
   * nobody's child once the shell has ended.
   */
  private static List<String> detached(List<String> command) {
    List<String> line = new ArrayList<>(List.of(SH.toString(), "-c", "\"$@\" &", "sh"));
    if (Files.isExecutable(SETSID)) {
      line.add(SETSID.toString());
    }
    line.addAll(command);
    return line;
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
