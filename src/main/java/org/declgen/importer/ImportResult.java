package org.declgen.importer;

import java.util.List;
import java.util.Objects;
import org.declgen.diag.Diagnostic;
import org.declgen.model.Declaration;

/**
 * What an import found: the declaration, and a warning for every source cell that did not make it
 * into the declaration (and for every repair of converter damage).
 */
public record ImportResult(Declaration declaration, List<Diagnostic> diagnostics) {
  /** The code of a warning about a source cell left out of the declaration. */
  public static final String UNMAPPED = "import.unmapped";

  public ImportResult {
    Objects.requireNonNull(declaration, "declaration");
    diagnostics = List.copyOf(diagnostics);
  }

  /** How many source cells were left out. */
  public long unmappedCount() {
    return diagnostics.stream().filter(d -> d.code().equals(UNMAPPED)).count();
  }
}
