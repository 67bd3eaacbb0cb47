package org.declgen.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations declgen reads inputs and writes outputs through. The real one is the file
 * system; tests put a failing one in its place to see what a full disk or a missing permission
 * does.
 */
public interface Disk {
  /** The file system itself. */
  Disk REAL = new Disk() {};

  default byte[] read(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  /** Opens a new file for writing; fails when it already exists. */
  default OutputStream create(Path file) throws IOException {
    return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Moves a file over another in one step where the file system can (replacing it). */
  default void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Moves a file to a name that must not exist yet. */
  default void moveNew(Path from, Path to) throws IOException {
    Files.move(from, to);
  }

  default void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
