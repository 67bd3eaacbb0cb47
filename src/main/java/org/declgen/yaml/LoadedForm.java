package org.declgen.yaml;

import java.util.List;
import org.declgen.diag.Diagnostic;

/**
 * A form read from a file, with where its values stand and the file's text lines.
 *
 * @param warnings what reading accepted and says it read (a typing slip, such as a full-width colon
 *     after a known label)
 */
public record LoadedForm<T>(
    T value, SourceMap sourceMap, List<String> lines, List<Diagnostic> warnings) {
  public LoadedForm {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }
}
