package org.declgen.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.declgen.form.DepartmentForm;
import org.declgen.form.Field;
import org.declgen.model.Declaration;

/**
 * Whether a source holds a form at all, judged as the recogniser reads one: by the blocks its first
 * column names (a title alone is not a form). A source in which fewer than {@link #MIN_BLOCKS}
 * blocks are named is refused, so that an empty file, a document without tables or a sheet hidden
 * under one merge never turns into an empty declaration.
 */
final class FormPresence {
  static final int MIN_BLOCKS = 3;

  /**
   * The blocks of the form: the printed top-level fields that head a row of their own (年度 is
   * printed in the title, not in the first column).
   */
  private static final List<Field<Declaration>> BLOCKS =
      DepartmentForm.FORM.fields().stream()
          .filter(f -> f.notes().printed() && f != DepartmentForm.YEAR)
          .toList();

  private FormPresence() {}

  /** Refuses the grid unless its first column names enough blocks of the form. */
  static void require(Grid grid) {
    Set<Field<Declaration>> found = blocksNamed(grid.withoutBlankLines());
    if (found.size() >= MIN_BLOCKS) {
      return;
    }
    SourceRefused.Text detail =
        grid.height() == 0
            ? SourceRefused.Text.of("import.no-form.no-table")
            : found.isEmpty()
                ? SourceRefused.Text.of("import.no-form.no-label")
                : SourceRefused.Text.of("import.no-form.only", quoted(found));
    throw new SourceRefused("import.no-form", quoted(BLOCKS), MIN_BLOCKS, detail);
  }

  private static Set<Field<Declaration>> blocksNamed(Grid grid) {
    Set<Field<Declaration>> found = new LinkedHashSet<>();
    for (int r = 0; r < grid.height(); r++) {
      Cell first = grid.at(r, 0);
      if (!first.isBlank() && !grid.continuesAbove(r, 0)) {
        BLOCKS.stream()
            .filter(f -> FormLabels.names(first.text(), f))
            .findFirst()
            .ifPresent(found::add);
      }
    }
    return found;
  }

  private static String quoted(Iterable<Field<Declaration>> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach(f -> sb.append('「').append(f.label()).append('」'));
    return sb.toString();
  }
}
