package org.declgen.pipeline;

import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.yaml.LoadedDeclaration;

/**
 * A declaration file read and parsed: its text, and the declaration or why there is none.
 *
 * @param errors the loader's diagnostics when it could not be read (empty otherwise)
 */
public record Loaded(
    Source source, Optional<LoadedDeclaration> declaration, List<Diagnostic> errors) {
  public Loaded {
    errors = List.copyOf(errors);
  }

  public Findings findings() {
    return Findings.of(errors, source);
  }
}
