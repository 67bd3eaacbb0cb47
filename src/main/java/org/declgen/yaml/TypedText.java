package org.declgen.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.SourcePosition;

/**
 * A file's text as typed and as YAML is given it: the typing slips found in it, each with its
 * message, and the text with every slip's fix applied. An accepted slip is a warning; any other is
 * an error, so the corrected text is never used unless every slip in it was accepted.
 */
final class TypedText {
  private final String corrected;
  private final List<Diagnostic> slips;
  private final ColumnShift shift;

  TypedText(String corrected, List<Diagnostic> slips, ColumnShift shift) {
    this.corrected = corrected;
    this.slips = slips.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
    this.shift = shift;
  }

  /** The text for YAML: the typed text with every slip fixed. */
  String corrected() {
    return corrected;
  }

  /** The accepted slips: each says what was read. */
  List<Diagnostic> warnings() {
    return slips.stream().filter(d -> !d.isError()).toList();
  }

  /** How many slips were fixed in the corrected text. */
  int count() {
    return slips.size();
  }

  /**
   * Every slip and what reading the corrected text found, in file order, placed in the typed text.
   * What YAML finds on a line that has a slip which is an error is left out: it follows from it.
   */
  List<Diagnostic> with(List<Diagnostic> found) {
    Set<Integer> errorLines = new HashSet<>();
    slips.stream().filter(Diagnostic::isError).forEach(d -> errorLines.add(d.position().line()));
    List<Diagnostic> all = new ArrayList<>(slips);
    for (Diagnostic d : found) {
      Diagnostic placed = placed(d);
      if (!errorLines.contains(placed.position().line())) {
        all.add(placed);
      }
    }
    all.sort(Diagnostic.IN_FILE_ORDER);
    return all;
  }

  /** A diagnostic about the corrected text, placed in the typed text. */
  Diagnostic placed(Diagnostic d) {
    SourcePosition at = shift.typed(d.position());
    return at.equals(d.position())
        ? d
        : new Diagnostic(d.severity(), at, d.code(), d.message(), d.hint());
  }

  SourcePosition typed(SourcePosition at) {
    return shift.typed(at);
  }
}
