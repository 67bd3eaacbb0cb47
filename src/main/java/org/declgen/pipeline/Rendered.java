package org.declgen.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * What rendering one declaration file gave.
 *
 * @param template the id of the template it was rendered with; empty when it was not
 * @param unprinted labels of filled-in facts the Word template does not print
 * @param written the files written, as the user sees them
 * @param stale for {@code --check}: the outputs that are missing or differ
 * @param problem the file that could not be read or written
 * @param failure a bug in declgen met on this file
 */
public record Rendered(
    InputFile file,
    Outcome outcome,
    Findings findings,
    String template,
    List<String> unprinted,
    List<String> written,
    List<Stale> stale,
    Optional<FileProblem> problem,
    Optional<RuntimeException> failure) {
  public Rendered {
    unprinted = List.copyOf(unprinted);
    written = List.copyOf(written);
    stale = List.copyOf(stale);
  }

  /** What became of the file. */
  public enum Outcome {
    WRITTEN(Verdict.OK),
    /** Written because of {@code --force}, although the checks found errors. */
    FORCED(Verdict.ERRORS),
    UP_TO_DATE(Verdict.OK),
    STALE(Verdict.ERRORS),
    /** Not written: the checks found errors. */
    BLOCKED(Verdict.ERRORS),
    /** Not written: the file, its settings or its template choice has errors. */
    NOT_LOADED(Verdict.ERRORS),
    /** Not written: the template has errors. */
    TEMPLATE_ERRORS(Verdict.ERRORS),
    UNREADABLE(Verdict.UNUSABLE),
    /** Not written: LibreOffice could not print the PDF; the old outputs are unchanged. */
    PRINT_FAILED(Verdict.UNUSABLE),
    /** Not written: an output could not be written; the old outputs are unchanged. */
    NOT_WRITTEN(Verdict.UNUSABLE),
    SKIPPED(Verdict.OK),
    INTERNAL(Verdict.INTERNAL);

    private final Verdict verdict;

    Outcome(Verdict verdict) {
      this.verdict = verdict;
    }

    public Verdict verdict() {
      return verdict;
    }

    /** Rendered (written, or compared with the files on disk). */
    public boolean rendered() {
      return this == WRITTEN || this == FORCED || this == UP_TO_DATE || this == STALE;
    }
  }

  /** An output on disk that is not what rendering gives now. */
  public record Stale(String path, boolean missing) {}

  static Rendered of(InputFile file, Outcome outcome, Findings findings) {
    return new Rendered(
        file,
        outcome,
        findings,
        "",
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  static Rendered internal(InputFile file, RuntimeException bug) {
    return new Rendered(
        file,
        Outcome.INTERNAL,
        Findings.NONE,
        "",
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.of(bug));
  }

  Rendered withTemplate(String id) {
    return new Rendered(file, outcome, findings, id, unprinted, written, stale, problem, failure);
  }

  Rendered withProblem(FileProblem p) {
    return new Rendered(
        file, outcome, findings, template, unprinted, written, stale, Optional.of(p), failure);
  }
}
