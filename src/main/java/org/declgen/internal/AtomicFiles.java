package org.declgen.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files completely or not at all, alone or as a set: each content goes to a temporary file
 * beside its target ({@link TempFiles}), and only when every one is complete are they moved into
 * place. If one cannot be written or moved, none replaces its old file. Before the first write into
 * a folder, what killed runs left there is cleaned up.
 */
public final class AtomicFiles {
  private final Disk disk;
  private final Map<Path, Boolean> cleanedFolders = new ConcurrentHashMap<>();
  private final Map<Path, Boolean> posixFolders = new ConcurrentHashMap<>();

  public AtomicFiles(Disk disk) {
    this.disk = disk;
  }

  /** A target that could not be written; the cause is what the file system said. */
  public static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    Failure(Path target, IOException cause) {
      super(target + ": " + cause.getMessage(), cause);
      this.target = target;
    }

    public Path target() {
      return target;
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Writes one file, replacing what is there. */
  public void write(Path target, byte[] content) throws Failure {
    writeAll(Map.of(target, content));
  }

  /** Writes a file that must not exist yet; fails with FileAlreadyExistsException if it does. */
  public void create(Path target, byte[] content) throws Failure {
    Path part = prepare(Map.of(target, content)).get(target);
    try {
      disk.moveNew(part, target);
    } catch (IOException e) {
      throw new Failure(target, e);
    } finally {
      deleteQuietly(part);
    }
  }

  /**
   * Writes every target or none: the old files stay as they were when any of them cannot be
   * written. Targets are replaced in the map's order.
   */
  public void writeAll(Map<Path, byte[]> outputs) throws Failure {
    Map<Path, Path> parts = prepare(outputs);
    try {
      if (parts.size() == 1) {
        Map.Entry<Path, Path> only = parts.entrySet().iterator().next();
        move(only.getValue(), only.getKey());
      } else {
        replaceAll(parts);
      }
    } finally {
      parts.values().forEach(this::deleteQuietly);
    }
  }

  /** Writes every content to a temporary file beside its target; target → its temporary file. */
  private Map<Path, Path> prepare(Map<Path, byte[]> outputs) throws Failure {
    Map<Path, Path> parts = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> e : outputs.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        checkFolder(target);
        Path part = TempFiles.partFor(target);
        parts.put(target, part);
        writePart(part, e.getValue(), target);
      }
      return parts;
    } catch (Failure e) {
      parts.values().forEach(this::deleteQuietly);
      throw e;
    }
  }

  private void writePart(Path part, byte[] content, Path target) throws Failure {
    try {
      try (OutputStream out = disk.create(part)) {
        out.write(content);
      }
      keepPermissions(part, target);
    } catch (IOException e) {
      throw new Failure(target, e);
    }
  }

  /** Makes the target's folder (and cleans it up once); a file in the way is not a folder. */
  private void checkFolder(Path target) throws Failure {
    Path dir = target.getParent();
    try {
      if (!Files.isDirectory(dir)) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
          existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
          throw new NotDirectoryException(existing.toString());
        }
        Files.createDirectories(dir);
      }
      if (Files.isDirectory(target)) {
        throw new FileSystemException(target.toString(), null, "Is a directory");
      }
      cleanUpOnce(dir);
    } catch (IOException e) {
      throw new Failure(target, e);
    }
  }

  private void cleanUpOnce(Path dir) throws IOException {
    if (cleanedFolders.containsKey(dir)) {
      return;
    }
    synchronized (cleanedFolders) {
      if (!cleanedFolders.containsKey(dir)) {
        TempFiles.cleanUp(dir, disk);
        cleanedFolders.put(dir, true);
      }
    }
  }

  /**
   * Replaces several targets as one: each old file is first kept under a backup name, so that if a
   * later target fails, the ones already replaced get their old content back.
   */
  private void replaceAll(Map<Path, Path> parts) throws Failure {
    List<Replaced> done = new ArrayList<>();
    try {
      for (Map.Entry<Path, Path> e : parts.entrySet()) {
        Replaced step = new Replaced(e.getKey(), keepOld(e.getKey()));
        done.add(step);
        move(e.getValue(), e.getKey());
        step.moved = true;
      }
    } catch (Failure e) {
      for (int i = done.size() - 1; i >= 0; i--) {
        done.get(i).undo(e);
      }
      throw e;
    }
    for (Replaced step : done) {
      if (step.backup != null) {
        deleteQuietly(step.backup);
      }
    }
  }

  /** One target of a set being replaced, and how to undo it. */
  private final class Replaced {
    final Path target;
    final Path backup;
    boolean moved;

    Replaced(Path target, Path backup) {
      this.target = target;
      this.backup = backup;
    }

    void undo(Failure failure) {
      try {
        if (backup != null) {
          disk.move(backup, target);
        } else if (moved) {
          disk.delete(target);
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Moves an existing target aside; null when there is none. */
  private Path keepOld(Path target) throws Failure {
    if (!Files.exists(target)) {
      return null;
    }
    Path backup = TempFiles.backupFor(target);
    try {
      disk.move(target, backup);
      return backup;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new Failure(target, e);
    }
  }

  private void move(Path part, Path target) throws Failure {
    try {
      disk.move(part, target);
    } catch (IOException e) {
      throw new Failure(target, e);
    }
  }

  private void deleteQuietly(Path file) {
    try {
      disk.delete(file);
    } catch (IOException e) {
      // A temporary file that cannot be removed now is removed by the next run in this folder.
    }
  }

  /** A replaced file keeps its permissions; a new one gets the folder's usual ones. */
  private void keepPermissions(Path part, Path target) throws IOException {
    if (Files.exists(target) && hasPosixPermissions(part.getParent())) {
      Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
    }
  }

  /**
   * Whether the files of {@code folder} have POSIX permissions; asked once a folder, as finding a
   * folder's file store reads the system's table of mounts (70 µs a file here, more on a machine
   * with many mounts).
   */
  private boolean hasPosixPermissions(Path folder) throws IOException {
    Boolean known = posixFolders.get(folder);
    if (known == null) {
      known = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
      posixFolders.put(folder, known);
    }
    return known;
  }
}
