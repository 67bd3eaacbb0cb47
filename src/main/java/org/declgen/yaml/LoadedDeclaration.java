package org.declgen.yaml;

import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.model.Declaration;

/**
 * A declaration read from a file, with where its values stand and the file's text lines.
 *
 * @param warnings what reading accepted and says it read (typing slips)
 */
public record LoadedDeclaration(
    Declaration declaration, SourceMap sourceMap, List<String> lines, List<Diagnostic> warnings) {
  public LoadedDeclaration {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }
}
