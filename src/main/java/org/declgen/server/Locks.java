package org.declgen.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;

final class Locks {
  private Locks() {}

  /** The lock on the whole file, or null when another process, or this one, holds it. */
  static FileLock tryLock(FileChannel file) throws IOException {
    try {
      return file.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      return null;
    }
  }
}
