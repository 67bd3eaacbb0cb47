package org.declgen.pipeline;

import java.util.Optional;

/**
 * What {@code textconv} gives git for one file: the review Markdown, or — for a file that does not
 * load — its own text (a Word or Excel file: a line saying it cannot be read), so that {@code git
 * diff} always shows something.
 *
 * @param markdown the review Markdown, when the file loaded
 * @param original the file's text as read
 * @param isForm true for a Word or Excel form (read through import), whose bytes are not text
 * @param problem the file could not be read at all
 */
public record Textconv(
    Optional<String> markdown,
    String original,
    boolean isForm,
    Findings findings,
    Optional<FileProblem> problem) {
  public Verdict verdict() {
    return problem.isPresent() ? Verdict.UNUSABLE : Verdict.OK;
  }
}
