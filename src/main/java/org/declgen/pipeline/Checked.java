package org.declgen.pipeline;

import java.util.Optional;
import org.declgen.yaml.LoadedDeclaration;

/**
 * One declaration file checked: what happened, the declaration and its template when it loaded, and
 * every finding (settings problems, loader errors, rule findings, in that order).
 */
public record Checked(
    InputFile file,
    Kind kind,
    Optional<LoadedDeclaration> declaration,
    Optional<ResolvedTemplate> template,
    Findings findings,
    Optional<FileProblem> problem) {
  /** What became of the file. */
  public enum Kind {
    /** Loaded and checked; the findings may still hold errors. */
    CHECKED,
    /** Not loaded: the YAML, the settings or the template choice has errors. */
    NOT_LOADED,
    /** Found in a folder, but not a declaration. */
    SKIPPED,
    /** Could not be read. */
    UNREADABLE
  }

  static Checked skipped(InputFile file) {
    return new Checked(
        file, Kind.SKIPPED, Optional.empty(), Optional.empty(), Findings.NONE, Optional.empty());
  }

  static Checked unreadable(InputFile file, FileProblem problem) {
    return new Checked(
        file,
        Kind.UNREADABLE,
        Optional.empty(),
        Optional.empty(),
        Findings.NONE,
        Optional.of(problem));
  }

  static Checked notLoaded(InputFile file, Findings findings) {
    return new Checked(
        file, Kind.NOT_LOADED, Optional.empty(), Optional.empty(), findings, Optional.empty());
  }

  public Verdict verdict() {
    return switch (kind) {
      case SKIPPED -> Verdict.OK;
      case UNREADABLE -> Verdict.UNUSABLE;
      case NOT_LOADED -> Verdict.ERRORS;
      case CHECKED -> findings.hasErrors() ? Verdict.ERRORS : Verdict.OK;
    };
  }
}
