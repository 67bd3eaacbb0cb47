package org.declgen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  private static final List<String> INDICATOR_HEADERS =
      List.of(
          DepartmentForm.INDICATORS.columns().level1(),
          DepartmentForm.INDICATORS.columns().level2(),
          DepartmentForm.INDICATORS.columns().level3());

  private FormPresence() {}

  /** Refuses the grid unless its first column names enough blocks of the form. */
  static void require(Grid grid) {
    List<Field<Declaration>> found = blocksNamed(grid.withoutBlankLines());
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

  /** True when the grid's first column names a block of the form, or the form's title. */
  static boolean holdsPart(Grid grid) {
    Grid g = grid.withoutBlankLines();
    if (!blocksNamed(g).isEmpty()) {
      return true;
    }
    for (int r = 0; r < g.height(); r++) {
      if (FormLabels.isTitle(g.at(r, 0).text())) {
        return true;
      }
    }
    return false;
  }

  /** The first label of the form the grid shows anywhere (a block's, a column header's). */
  static Optional<String> labelAnywhere(Grid grid) {
    for (Cell cell : grid.cells()) {
      for (Field<Declaration> block : BLOCKS) {
        if (FormLabels.names(cell.text(), block)) {
          return Optional.of(block.label());
        }
      }
      for (String header : INDICATOR_HEADERS) {
        if (FormLabels.is(cell.text(), header)) {
          return Optional.of(header);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The blocks named, in the order they are first named. Fields are told apart by identity: a
   * field's record equality would hash its whole subtree, which a one-shot textconv pays for.
   */
  private static List<Field<Declaration>> blocksNamed(Grid grid) {
    List<Field<Declaration>> found = new ArrayList<>();
    for (int r = 0; r < grid.height(); r++) {
      Cell first = grid.at(r, 0);
      if (first.isBlank() || grid.continuesAbove(r, 0)) {
        continue;
      }
      for (Field<Declaration> block : BLOCKS) {
        if (FormLabels.names(first.text(), block)) {
          if (found.stream().noneMatch(f -> f == block)) {
            found.add(block);
          }
          break;
        }
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
