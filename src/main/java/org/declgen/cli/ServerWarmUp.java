package org.declgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.declgen.internal.FileTrees;
import org.declgen.server.Client;
import org.declgen.server.Server;

/**
 * A new resident server renders, checks and converts the distribution's sample declaration (and the
 * Word form it renders) a few times in the background, so that its first real commands run compiled
 * code instead of warming it up themselves (about 2 s of CPU, once per server). Output goes to
 * {@value #FOLDER} in the server's own folder, deleted afterwards; nothing of the user's is read or
 * written. A server ended during its warm-up (idle, replaced by a new build, killed) leaves that
 * folder behind; the next server of the build deletes it before its own warm-up.
 */
final class ServerWarmUp {
  /** The distribution's sample, which the launcher names for the server. */
  static final String SAMPLE_PROPERTY = "declgen.sample";

  /**
   * Rounds of render, check and textconv: enough that the optimising compiler has done its part.
   */
  static final int ROUNDS = 20;

  /** The folder, beside the server's socket, that the warm-up works in. */
  static final String FOLDER = "warm-up";

  private ServerWarmUp() {}

  /** Warms up, if the launcher named the sample, once the server of {@code serverDir} listens. */
  static void startOnceListening(Path serverDir, Map<String, String> env) {
    String sample = System.getProperty(SAMPLE_PROPERTY);
    if (sample == null || !Files.isRegularFile(Path.of(sample))) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                if (Client.awaitServer(serverDir.resolve(Server.SOCKET), Duration.ofMinutes(1))) {
                  warm(Path.of(sample), serverDir.resolve(FOLDER), env, ROUNDS);
                }
              } catch (InterruptedException e) {
                // the server is ending
              }
            },
            "declgen-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /**
   * Runs {@code rounds} rounds in {@code dir}, first deleting what an earlier server left there;
   * true when all ran. Only the server holding the folder's lock gets this far: one that finds it
   * held exits at once, long before the holder listens.
   */
  static boolean warm(Path sample, Path dir, Map<String, String> env, int rounds) {
    try {
      FileTrees.delete(dir);
      Files.createDirectories(dir);
      Path yaml = Files.copy(sample, dir.resolve("sample.yaml"));
      List<String[]> lines =
          List.of(
              new String[] {"render", "--format", "docx,md", "-o", "out", yaml.toString()},
              new String[] {"check", yaml.toString()},
              new String[] {"textconv", yaml.toString()},
              new String[] {"textconv", dir.resolve("out/sample.docx").toString()});
      for (int i = 0; i < rounds; i++) {
        Training.runQuietly(lines, env, dir);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // warming up is only for speed
    } finally {
      FileTrees.deleteQuietly(dir);
    }
  }
}
