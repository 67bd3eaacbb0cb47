package org.declgen.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a folder with all it holds (links are deleted, never followed). */
public final class FileTrees {
  private FileTrees() {}

  /** Deletes {@code root} and all it holds; nothing when it is not there. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Deletes as much of a temporary folder as it can, going on past what it cannot: a temporary
   * folder left behind is harmless.
   */
  public static void deleteQuietly(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(FileTrees::deleteOneQuietly);
    } catch (IOException | RuntimeException e) {
      // left behind, as said
    }
  }

  private static void deleteOneQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // see deleteQuietly
    }
  }
}
