package org.declgen.yaml;

import java.util.List;
import org.declgen.model.Declaration;

/** A declaration read from a file, with where its values stand and the file's text lines. */
public record LoadedDeclaration(Declaration declaration, SourceMap sourceMap, List<String> lines) {
  public LoadedDeclaration {
    lines = List.copyOf(lines);
  }
}
