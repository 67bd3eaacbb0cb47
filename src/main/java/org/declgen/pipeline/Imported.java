package org.declgen.pipeline;

import java.util.Optional;
import org.declgen.model.Declaration;

/**
 * What importing one form gave.
 *
 * @param source the form as the user sees it
 * @param target the YAML file as the user sees it
 * @param declaration what was read from the form, when it could be read
 * @param unmapped how many non-empty cells went nowhere
 * @param schema the editor schema written beside the YAML (see {@link EditorSchema}), if it was
 */
public record Imported(
    Outcome outcome,
    String source,
    String target,
    Findings findings,
    Optional<Declaration> declaration,
    long unmapped,
    Optional<FileProblem> problem,
    Optional<EditorSchema.Placed> schema) {
  Imported withProblem(FileProblem p) {
    return new Imported(
        outcome, source, target, findings, declaration, unmapped, Optional.of(p), schema);
  }

  Imported withSchema(Optional<EditorSchema.Placed> placed) {
    return new Imported(outcome, source, target, findings, declaration, unmapped, problem, placed);
  }

  /** What became of the import. */
  public enum Outcome {
    WRITTEN(Verdict.OK),
    /** The YAML file exists and {@code --force} was not given. */
    EXISTS(Verdict.UNUSABLE),
    UNREADABLE(Verdict.UNUSABLE),
    /** The form could not be read as a declaration. */
    REFUSED(Verdict.ERRORS),
    /** Some cells went nowhere, and {@code --allow-unmapped} was not given. */
    UNMAPPED(Verdict.ERRORS),
    NOT_WRITTEN(Verdict.UNUSABLE);

    private final Verdict verdict;

    Outcome(Verdict verdict) {
      this.verdict = verdict;
    }

    public Verdict verdict() {
      return verdict;
    }
  }
}
