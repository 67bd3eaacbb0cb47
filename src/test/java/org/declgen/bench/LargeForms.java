package org.declgen.bench;

import org.declgen.model.Declaration;

/** The benchmark's large form (20 tasks, 600 indicator rows), for tests in other packages. */
public final class LargeForms {
  private LargeForms() {}

  public static Declaration of(Declaration seed) {
    return LargeForm.grow(seed, LargeForm.TASKS, LargeForm.INDICATOR_ROWS);
  }
}
