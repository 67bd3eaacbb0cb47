package org.declgen.pipeline;

/**
 * How a run went, worst last; each has one exit code (see the command line's ExitCodes).
 *
 * <ul>
 *   <li>{@link #OK}: done.
 *   <li>{@link #ERRORS}: a declaration, template or settings file has errors; for {@code render
 *       --check} and {@code diff}, the files differ.
 *   <li>{@link #UNUSABLE}: the command line is wrong, or a file cannot be read or written (missing,
 *       no permission, not a folder, disk full).
 *   <li>{@link #INTERNAL}: a bug in declgen.
 * </ul>
 */
public enum Verdict {
  OK,
  ERRORS,
  UNUSABLE,
  INTERNAL;

  /** The worse of the two. */
  public Verdict and(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
