package org.declgen.pipeline;

import java.util.List;
import org.declgen.diff.FileDiff;

/**
 * What {@code diff} found.
 *
 * @param files each pair of versions compared
 * @param findings why a version could not be loaded
 * @param troubles what went wrong reading a version (a missing file, git's own words), one sentence
 *     each
 */
public record Diffed(List<FileDiff> files, Findings findings, List<String> troubles) {
  public Diffed {
    files = List.copyOf(files);
    troubles = List.copyOf(troubles);
  }

  /**
   * Like {@code diff}: a version that cannot be read — missing, or with errors — is trouble ({@link
   * Verdict#UNUSABLE}); otherwise {@link Verdict#ERRORS} means the versions differ.
   */
  public Verdict verdict() {
    if (!troubles.isEmpty() || findings.hasErrors()) {
      return Verdict.UNUSABLE;
    }
    return files.stream().allMatch(FileDiff::isEqual) ? Verdict.OK : Verdict.ERRORS;
  }
}
