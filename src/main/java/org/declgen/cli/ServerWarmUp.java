package org.declgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.declgen.internal.FileTrees;
import org.declgen.server.Client;

/**
 * A new resident server renders, checks and converts the distribution's sample declaration (and the
 * Word form it renders) a few times in the background, so that its first real commands run compiled
 * code instead of warming it up themselves (about 2 s of CPU, once per server). Output goes to a
 * temporary folder, deleted afterwards; nothing of the user's is read or written.
 */
final class ServerWarmUp {
  /** The distribution's sample, which the launcher names for the server. */
  static final String SAMPLE_PROPERTY = "declgen.sample";

  /**
   * Rounds of render, check and textconv: enough that the optimising compiler has done its part.
   */
  static final int ROUNDS = 20;

  private ServerWarmUp() {}

  /** Warms up, if the launcher named the sample, once the server listens on {@code socket}. */
  static void startOnceListening(Path socket, Map<String, String> env) {
    String sample = System.getProperty(SAMPLE_PROPERTY);
    if (sample == null || !Files.isRegularFile(Path.of(sample))) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                if (Client.awaitServer(socket, Duration.ofMinutes(1))) {
                  warm(Path.of(sample), env);
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

  private static void warm(Path sample, Map<String, String> env) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("declgen-warm-up");
      Path yaml = Files.copy(sample, dir.resolve("sample.yaml"));
      List<String[]> lines =
          List.of(
              new String[] {"render", "--format", "docx,md", "-o", "out", yaml.toString()},
              new String[] {"check", yaml.toString()},
              new String[] {"textconv", yaml.toString()},
              new String[] {"textconv", dir.resolve("out/sample.docx").toString()});
      for (int i = 0; i < ROUNDS; i++) {
        Training.runQuietly(lines, env, dir);
      }
    } catch (IOException | RuntimeException e) {
      // warming up is only for speed
    } finally {
      FileTrees.deleteQuietly(dir);
    }
  }
}
