package org.declgen.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.diag.Messages;
import org.declgen.form.DepartmentForm;
import org.declgen.form.IndicatorTreeField;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * The 绩效指标 block: columns found by their headers (一级指标 … 实施周期指标值 / 年度指标值, or a single 指标值 that
 * serves both), 一级 and 二级 groups by their merged or repeated cells.
 */
final class IndicatorTable {
  private static final IndicatorTreeField.Columns COLUMNS = DepartmentForm.INDICATORS.columns();
  private static final String LEVEL1 = COLUMNS.level1();
  private static final String LEVEL2 = COLUMNS.level2();
  private static final String LEVEL3 = COLUMNS.level3();
  private static final String VALUE = COLUMNS.value();
  private static final String PERIOD_VALUE = COLUMNS.periodValue();
  private static final String ANNUAL_VALUE = COLUMNS.annualValue();
  private static final List<String> HEADERS =
      List.of(LEVEL1, LEVEL2, LEVEL3, PERIOD_VALUE, ANNUAL_VALUE, VALUE);

  private final Grid grid;
  private final Set<Cell> used;
  private final Map<Cell, String> hints;
  private final Messages messages;
  private Map<String, Integer> columns;
  private final List<Group> categories = new ArrayList<>();
  private Group category;
  private Group subcategory;

  /** A 一级 or 二级 being collected. */
  private static final class Group {
    final String label;
    final List<Group> children = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();

    Group(String label) {
      this.label = label;
    }
  }

  IndicatorTable(Grid grid, Set<Cell> used, Map<Cell, String> hints, Messages messages) {
    this.grid = grid;
    this.used = used;
    this.hints = hints;
    this.messages = messages;
  }

  void row(int r) {
    Map<String, Integer> header = header(r);
    if (header != null) {
      columns = header;
      return;
    }
    if (columns == null) {
      return;
    }
    boolean newCategory = level1(r);
    level2(r, newCategory);
    indicator(r);
  }

  private Map<String, Integer> header(int r) {
    Map<String, Integer> found = new HashMap<>();
    for (int c = 1; c < grid.width(); c++) {
      Cell cell = grid.at(r, c);
      if (grid.continuesLeft(r, c) || cell.isBlank()) {
        continue;
      }
      for (String key : HEADERS) {
        if (FormLabels.is(cell.text(), key)) {
          found.putIfAbsent(key, c);
        }
      }
    }
    if (!found.containsKey(LEVEL1) || !found.containsKey(LEVEL2) || !found.containsKey(LEVEL3)) {
      return null;
    }
    found.values().forEach(c -> used.add(grid.at(r, c)));
    return found;
  }

  /** True when this row starts a new 一级. */
  private boolean level1(int r) {
    int c = columns.get(LEVEL1);
    Cell cell = grid.at(r, c);
    if (cell.isBlank()
        || grid.continuesAbove(r, c)
        || category != null && CellText.label(cell.text()).equals(CellText.label(category.label))) {
      used.add(cell);
      return false;
    }
    used.add(cell);
    category = reopenOrAdd(categories, label(cell));
    subcategory = null;
    return true;
  }

  /**
   * The group of this label: the one already read when the label comes again (a 一级 printed again on
   * a later page after a row that is not its own, such as a heading row typed over), so that the
   * YAML gets each key once, else a new one at the end.
   */
  private static Group reopenOrAdd(List<Group> groups, String label) {
    String key = CellText.label(label);
    for (Group g : groups) {
      if (CellText.label(g.label).equals(key)) {
        return g;
      }
    }
    Group added = new Group(label);
    groups.add(added);
    return added;
  }

  private void level2(int r, boolean newCategory) {
    int c = columns.get(LEVEL2);
    Cell cell = grid.at(r, c);
    if (category == null || cell.isBlank()) {
      return;
    }
    boolean continues =
        grid.continuesAbove(r, c)
            || subcategory != null
                && CellText.label(cell.text()).equals(CellText.label(subcategory.label));
    if (continues && !newCategory) {
      used.add(cell);
      return;
    }
    used.add(cell);
    subcategory = reopenOrAdd(category.children, label(cell));
  }

  private void indicator(int r) {
    Cell name = cell(r, LEVEL3);
    Cell period = cell(r, columns.containsKey(PERIOD_VALUE) ? PERIOD_VALUE : VALUE);
    Cell annual = cell(r, columns.containsKey(ANNUAL_VALUE) ? ANNUAL_VALUE : VALUE);
    if (isBlank(name) && isBlank(period) && isBlank(annual)) {
      return;
    }
    if (isBlank(name) || subcategory == null) {
      for (Cell c : new Cell[] {name, period, annual}) {
        if (!isBlank(c)) {
          hints.put(c, messages.get("import.hint.indicator-without-name"));
        }
      }
      return;
    }
    subcategory.indicators.add(new Indicator(use(name), text(period), text(annual)));
  }

  /** A 一级 or 二级 label, which becomes a key of the YAML: refused past its limit. */
  private String label(Cell cell) {
    if (cell.text().length() > ImportLimits.MAX_LABEL_CHARS) {
      throw new SourceRefused(
          "import.label-too-long",
          cell.where(grid.kind()),
          cell.text().length(),
          ImportLimits.MAX_LABEL_CHARS);
    }
    return cell.text();
  }

  private Cell cell(int r, String key) {
    Integer c = columns.get(key);
    return c == null || grid.continuesAbove(r, c) ? null : grid.at(r, c);
  }

  private static boolean isBlank(Cell c) {
    return c == null || c.isBlank();
  }

  private String use(Cell c) {
    used.add(c);
    return c.text();
  }

  private String text(Cell c) {
    return isBlank(c) ? null : use(c);
  }

  List<IndicatorCategory> categories() {
    List<IndicatorCategory> result = new ArrayList<>();
    for (Group c : categories) {
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (Group s : c.children) {
        subs.add(new IndicatorSubcategory(s.label, s.indicators));
      }
      result.add(new IndicatorCategory(c.label, subs));
    }
    return result;
  }
}
