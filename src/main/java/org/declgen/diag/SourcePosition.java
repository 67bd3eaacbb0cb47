package org.declgen.diag;

import java.util.Objects;

/** A place in a source file; line and column count from 1, 0 means "unknown". */
public record SourcePosition(String file, int line, int column) {
  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public String toString() {
    if (!hasLine()) {
      return file;
    }
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }
}
