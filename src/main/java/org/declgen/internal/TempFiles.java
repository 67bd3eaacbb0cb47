package org.declgen.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * declgen's own temporary files, named so that nothing else is mistaken for one: {@code
 * .NAME.declgen-PID-XXXXXXXX.part} holds new content until it is moved onto NAME; {@code
 * .NAME.declgen-PID-XXXXXXXX.old} keeps the previous NAME while a set of outputs is replaced. PID
 * is the writing process, so a later run can tell the leftovers of a killed run from the files of
 * one still running.
 */
public final class TempFiles {
  static final String PART = "part";
  static final String OLD = "old";

  private static final Pattern NAME =
      Pattern.compile("\\.(.+)\\.declgen-(\\d{1,19})-([0-9a-f]{8})\\.(" + PART + "|" + OLD + ")");
  private static final long OWN_PID = ownPid();

  private TempFiles() {}

  /**
   * This process's id: read from {@code /proc/self} where there is one, as asking ProcessHandle
   * costs a one-shot render some 10 ms of start-up; ProcessHandle elsewhere.
   */
  private static long ownPid() {
    try {
      return Long.parseLong(Path.of("/proc/self").toRealPath().getFileName().toString());
    } catch (IOException | RuntimeException e) {
      return ProcessHandle.current().pid();
    }
  }

  /** A new temporary file name beside {@code target} for its next content. */
  static Path partFor(Path target) {
    return sibling(target, PART);
  }

  /** A name beside {@code target} to keep its previous content under while a set is replaced. */
  static Path backupFor(Path target) {
    return sibling(target, OLD);
  }

  private static Path sibling(Path target, String kind) {
    long bits = ThreadLocalRandom.current().nextInt() & 0xFFFFFFFFL;
    String random = Long.toHexString(0x100000000L | bits).substring(1);
    return target.resolveSibling(
        "." + target.getFileName() + ".declgen-" + OWN_PID + "-" + random + "." + kind);
  }

  /** A temporary file of declgen's, as its name tells. */
  record Leftover(Path file, Path target, long pid, boolean backup) {}

  /** The file as one of declgen's temporary files, when its name is one. */
  static Optional<Leftover> recognise(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Leftover(
              file,
              file.resolveSibling(m.group(1)),
              Long.parseLong(m.group(2)),
              m.group(4).equals(OLD)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Removes what killed runs left in {@code dir}: their unfinished {@code .part} files go; a kept
   * {@code .old} goes back to its name if nothing took that name, and goes otherwise. Files of
   * running processes (this one included) are left alone; nothing else is touched.
   *
   * @return how many leftovers were cleaned up
   */
  public static int cleanUp(Path dir, Disk disk) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int cleaned = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.declgen-*")) {
      for (Path entry : entries) {
        Optional<Leftover> leftover = recognise(entry).filter(TempFiles::isOrphan);
        if (leftover.isPresent()) {
          cleanUp(leftover.get(), disk);
          cleaned++;
        }
      }
    }
    return cleaned;
  }

  private static boolean isOrphan(Leftover leftover) {
    return leftover.pid() != OWN_PID
        && ProcessHandle.of(leftover.pid()).map(p -> !p.isAlive()).orElse(true)
        && Files.isRegularFile(leftover.file());
  }

  private static void cleanUp(Leftover leftover, Disk disk) throws IOException {
    if (leftover.backup() && !Files.exists(leftover.target())) {
      disk.move(leftover.file(), leftover.target());
    } else {
      disk.delete(leftover.file());
    }
  }
}
