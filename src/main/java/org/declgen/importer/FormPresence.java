package org.declgen.importer;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.declgen.importer.FormLabels.Section;
import org.declgen.model.Labels;

/**
 * Whether a source holds a form at all, judged as the recogniser reads one: by the blocks its first
 * column names (a title alone is not a form). A source in which fewer than {@link #MIN_BLOCKS}
 * blocks are named is refused, so that an empty file, a document without tables or a sheet hidden
 * under one merge never turns into an empty declaration.
 */
final class FormPresence {
  static final int MIN_BLOCKS = 3;

  /** The blocks of the form, by the labels that name them, in the form's order. */
  private static final Map<Section, String> BLOCKS = blocks();

  private FormPresence() {}

  private static Map<Section, String> blocks() {
    Map<Section, String> m = new LinkedHashMap<>();
    m.put(Section.DEPARTMENT, Labels.DEPARTMENT);
    m.put(Section.BASIC_INFO, Labels.BASIC_INFO);
    m.put(Section.BUDGET, Labels.BUDGET);
    m.put(Section.OVERALL_GOAL, Labels.OVERALL_GOAL);
    m.put(Section.TASKS, Labels.TASKS);
    m.put(Section.OTHER_TASKS, Labels.OTHER_TASKS);
    m.put(Section.INDICATORS, Labels.INDICATORS);
    return m;
  }

  /** Refuses the grid unless its first column names enough blocks of the form. */
  static void require(Grid grid) {
    Set<Section> found = blocksNamed(grid.withoutBlankLines());
    if (found.size() >= MIN_BLOCKS) {
      return;
    }
    SourceRefused.Text detail =
        grid.height() == 0
            ? SourceRefused.Text.of("import.no-form.no-table")
            : found.isEmpty()
                ? SourceRefused.Text.of("import.no-form.no-label")
                : SourceRefused.Text.of("import.no-form.only", quoted(found));
    throw new SourceRefused("import.no-form", quoted(BLOCKS.keySet()), MIN_BLOCKS, detail);
  }

  private static Set<Section> blocksNamed(Grid grid) {
    Set<Section> found = EnumSet.noneOf(Section.class);
    for (int r = 0; r < grid.height(); r++) {
      Cell first = grid.at(r, 0);
      if (!first.isBlank() && !grid.continuesAbove(r, 0)) {
        FormLabels.section(first.text()).filter(BLOCKS::containsKey).ifPresent(found::add);
      }
    }
    return found;
  }

  private static String quoted(Set<Section> sections) {
    return sections.stream().map(s -> "「" + BLOCKS.get(s) + "」").collect(Collectors.joining());
  }
}
