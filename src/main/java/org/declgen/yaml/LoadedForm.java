package org.declgen.yaml;

import java.util.List;

/** A form read from a file, with where its values stand and the file's text lines. */
public record LoadedForm<T>(T value, SourceMap sourceMap, List<String> lines) {
  public LoadedForm {
    lines = List.copyOf(lines);
  }
}
