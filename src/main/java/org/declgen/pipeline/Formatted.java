package org.declgen.pipeline;

import java.util.Optional;

/**
 * What {@code fmt} did with one declaration file.
 *
 * @param findings the file's errors (then nothing was written), or what reading accepted
 * @param slips how many typing slips the canonical text fixes
 * @param diff the change as a unified diff, when asked for and there is one
 * @param problem the file that could not be read or written
 * @param failure a bug in declgen met on this file
 */
public record Formatted(
    InputFile file,
    Outcome outcome,
    Findings findings,
    int slips,
    Optional<String> diff,
    Optional<FileProblem> problem,
    Optional<RuntimeException> failure) {

  /** What became of the file. */
  public enum Outcome {
    /** Already canonical. */
    UNCHANGED,
    /** Rewritten in the canonical layout. */
    WRITTEN,
    /** Not canonical, and left as it is ({@code --check}, {@code --diff}). */
    NOT_CANONICAL,
    /** Not rewritten: it has errors. */
    ERRORS,
    UNREADABLE,
    /** Not rewritten: it could not be written; it is as it was. */
    NOT_WRITTEN,
    /** Found in a folder, but not a declaration. */
    SKIPPED,
    INTERNAL
  }

  /** How the run went for this file; {@code check} makes a file that is not canonical an error. */
  public Verdict verdict(boolean check) {
    return switch (outcome) {
      case UNCHANGED, WRITTEN, SKIPPED -> Verdict.OK;
      case NOT_CANONICAL -> check ? Verdict.ERRORS : Verdict.OK;
      case ERRORS -> Verdict.ERRORS;
      case UNREADABLE, NOT_WRITTEN -> Verdict.UNUSABLE;
      case INTERNAL -> Verdict.INTERNAL;
    };
  }

  static Formatted of(InputFile file, Outcome outcome) {
    return new Formatted(
        file, outcome, Findings.NONE, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Formatted problem(InputFile file, Outcome outcome, FileProblem problem) {
    return new Formatted(
        file, outcome, Findings.NONE, 0, Optional.empty(), Optional.of(problem), Optional.empty());
  }

  static Formatted internal(InputFile file, RuntimeException bug) {
    return new Formatted(
        file,
        Outcome.INTERNAL,
        Findings.NONE,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.of(bug));
  }
}
