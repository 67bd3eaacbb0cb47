package org.declgen.pipeline;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How paths are printed: the way the user wrote them. A path given relative is shown relative to
 * the working folder ({@code ../out/x.docx} stays so); a path given absolute stays absolute.
 */
public record PathDisplay(Path workingDir, boolean absolute) {
  public PathDisplay {
    workingDir = workingDir.toAbsolutePath().normalize();
  }

  /** Paths below {@code given} (a command-line argument) shown in the style the user used. */
  public static PathDisplay like(Path workingDir, String given) {
    boolean absolute;
    try {
      absolute = Path.of(given).isAbsolute();
    } catch (InvalidPathException e) {
      absolute = false;
    }
    return new PathDisplay(workingDir, absolute);
  }

  public String show(Path path) {
    Path abs = workingDir.resolve(path).normalize();
    boolean sameRoot = workingDir.getRoot().equals(abs.getRoot());
    if (absolute || !sameRoot) {
      return abs.toString();
    }
    String relative = workingDir.relativize(abs).toString();
    return relative.isEmpty() ? "." : relative;
  }
}
