package org.declgen.template.docx;

import java.util.List;
import java.util.Optional;

/**
 * Where the pieces of a compiled Word template's FreeMarker source came from: for each piece, its
 * offsets in the source, the markup as typed and where in the document it was typed.
 */
public record SourceMap(List<Span> spans) {
  /** One piece of generated source and its origin; {@code markup} is empty for engine-made code. */
  public record Span(int start, int end, String markup, String where) {}

  public SourceMap {
    spans = List.copyOf(spans);
  }

  /** The piece at or just before an offset in the source, if any. */
  public Optional<Span> at(int offset) {
    Span best = null;
    for (Span s : spans) {
      if (s.start() <= offset) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
