package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * A file that could not be read or written, said the way a user can act on: the path as they gave
 * it, what declgen tried, and the system's reason in words — never a temporary file's name.
 *
 * @param path the file as the user sees it
 * @param blocker for {@link Reason#NOT_A_FOLDER}, the file standing where a folder should be
 * @param detail for {@link Reason#OTHER}, the system's own words
 */
public record FileProblem(
    Action action, String path, Reason reason, String blocker, String detail) {
  /** What declgen was doing. */
  public enum Action {
    READ,
    WRITE,
    CREATE
  }

  /** Why it failed. */
  public enum Reason {
    NOT_FOUND,
    IS_A_FOLDER,
    NOT_A_FOLDER,
    NO_PERMISSION,
    DISK_FULL,
    READ_ONLY,
    IN_USE,
    EXISTS,
    OTHER
  }

  public static FileProblem notFound(String path) {
    return new FileProblem(Action.READ, path, Reason.NOT_FOUND, "", "");
  }

  /**
   * What the system said about {@code file}, shown through {@code display}.
   *
   * @param file the file declgen meant (not a temporary file beside it)
   */
  public static FileProblem of(Action action, Path file, IOException e, PathDisplay display) {
    Reason reason = reasonOf(e);
    String blocker = reason == Reason.NOT_A_FOLDER ? display.show(blockerOf(file, e)) : "";
    String detail = reason == Reason.OTHER ? systemWords(e) : "";
    return new FileProblem(action, display.show(file), reason, blocker, detail);
  }

  /** The system's words (Linux, macOS, Windows) that name a reason, checked in this order. */
  private static final List<Map.Entry<String, Reason>> SYSTEM_WORDS =
      List.of(
          Map.entry("no space left", Reason.DISK_FULL),
          Map.entry("disk quota exceeded", Reason.DISK_FULL),
          Map.entry("not enough space", Reason.DISK_FULL),
          Map.entry("read-only file system", Reason.READ_ONLY),
          Map.entry("being used by another process", Reason.IN_USE),
          Map.entry("locked a portion", Reason.IN_USE),
          Map.entry("is a directory", Reason.IS_A_FOLDER),
          Map.entry("not a directory", Reason.NOT_A_FOLDER),
          Map.entry("permission denied", Reason.NO_PERMISSION),
          Map.entry("operation not permitted", Reason.NO_PERMISSION),
          Map.entry("access is denied", Reason.NO_PERMISSION));

  static Reason reasonOf(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Reason.NOT_FOUND;
    }
    if (e instanceof NotDirectoryException) {
      return Reason.NOT_A_FOLDER;
    }
    if (e instanceof FileAlreadyExistsException) {
      return Reason.EXISTS;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Reason.IS_A_FOLDER;
    }
    String words = systemWords(e).toLowerCase(Locale.ROOT);
    return SYSTEM_WORDS.stream()
        .filter(w -> words.contains(w.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(e instanceof AccessDeniedException ? Reason.NO_PERMISSION : Reason.OTHER);
  }

  /** The system's reason without file names (which may be a temporary file's). */
  private static String systemWords(IOException e) {
    if (e instanceof FileSystemException f) {
      return f.getReason() == null ? "" : f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The nearest existing ancestor of {@code file} that is not a folder. */
  private static Path blockerOf(Path file, IOException e) {
    if (e instanceof NotDirectoryException n && n.getFile() != null) {
      Path named = Path.of(n.getFile());
      if (Files.exists(named) && !Files.isDirectory(named)) {
        return named;
      }
    }
    for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? file : p;
      }
    }
    return file;
  }

  /** One sentence: what could not be done to which file, and why. */
  public String message(Messages messages) {
    if (reason == Reason.NOT_FOUND && action == Action.READ) {
      return messages.get("fs.not-found", path);
    }
    String why =
        switch (reason) {
          case NOT_A_FOLDER -> messages.get("fs.reason.not-a-folder", blocker);
          case NO_PERMISSION ->
              messages.get(
                  action == Action.READ
                      ? "fs.reason.no-read-permission"
                      : "fs.reason.no-write-permission");
          case OTHER -> messages.get("fs.reason.other", detail);
          default ->
              messages.get("fs.reason." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        };
    return messages.get("fs." + action.name().toLowerCase(Locale.ROOT), path, why);
  }

  /** The same as a diagnostic, for machine-readable output. */
  public Diagnostic asDiagnostic(Messages messages) {
    return Diagnostic.error(
        SourcePosition.ofFile(path),
        "fs." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        message(messages),
        "");
  }
}
