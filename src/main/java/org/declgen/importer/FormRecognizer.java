package org.declgen.importer;

import static org.declgen.model.Labels.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.importer.FormLabels.Section;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.yaml.AmountParser;

/**
 * Maps a grid to a declaration by the form's printed labels, never by fixed positions: each row
 * belongs to the block its first-column label names (a merged or blank first cell continues the
 * block above), and values are found beside their labels or under their column headers. A cell it
 * cannot place is left unused and reported; nothing is guessed.
 */
final class FormRecognizer {
  private final Grid grid;
  private final Messages messages;
  private final String file;
  private final Set<Cell> used = Grid.identitySet();
  private final Map<Cell, String> hints = new IdentityHashMap<>();
  private final IndicatorTable indicators;

  private String department;
  private String year;
  private final Map<String, String> basicInfo = new HashMap<>();
  private final Map<String, Amount> budget = new HashMap<>();
  private String overallGoal;
  private String otherTasks;
  private final List<Task> tasks = new ArrayList<>();
  private Map<String, Integer> taskColumns;

  FormRecognizer(Grid grid, Set<Cell> accounted, String file, Messages messages) {
    this.grid = grid.withoutBlankLines();
    this.messages = messages;
    this.file = file;
    this.used.addAll(accounted);
    this.indicators = new IndicatorTable(this.grid, used, hints, messages);
  }

  ImportResult recognize() {
    outsideTexts();
    Section section = null;
    for (int r = 0; r < grid.height(); r++) {
      Cell first = grid.at(r, 0);
      if (!first.isBlank() && !grid.continuesAbove(r, 0)) {
        Optional<Section> named = FormLabels.section(first.text());
        section = named.orElse(null);
        if (named.isPresent()) {
          used.add(first);
        } else {
          hints.put(first, messages.get("import.hint.unknown-label"));
        }
      }
      if (section != null) {
        row(section, r);
      }
    }
    return new ImportResult(declaration(), unmapped());
  }

  private void row(Section section, int r) {
    switch (section) {
      case TITLE -> title(grid.at(r, 0));
      case DEPARTMENT -> department = firstValue(r, department);
      case OVERALL_GOAL -> overallGoal = firstLongText(r, overallGoal);
      case OTHER_TASKS -> otherTasks = firstLongText(r, otherTasks);
      case BASIC_INFO -> pairs(r, true);
      case BUDGET -> pairs(r, false);
      case TASKS -> task(r);
      case INDICATORS -> indicators.row(r);
    }
  }

  private void outsideTexts() {
    for (Cell c : grid.outside()) {
      if (FormLabels.isTitle(c.text()) || FormLabels.isYearSubtitle(c.text())) {
        title(c);
      }
    }
  }

  private void title(Cell c) {
    Optional<String> stated = FormLabels.year(c.text());
    if (stated.isPresent() && year != null && !year.equals(stated.get())) {
      hints.put(c, messages.get("import.hint.second-year", year));
      return;
    }
    stated.ifPresent(y -> year = y);
    used.add(c);
  }

  /** The cells right of the first column, each merged cell once, cells from rows above skipped. */
  private List<Cell> rest(int r) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 1; c < grid.width(); c++) {
      if (!grid.continuesLeft(r, c) && !grid.continuesAbove(r, c)) {
        cells.add(grid.at(r, c));
      }
    }
    return cells;
  }

  private String firstValue(int r, String current) {
    return firstValue(r, current, false);
  }

  private String firstLongText(int r, String current) {
    return firstValue(r, current, true);
  }

  private String firstValue(int r, String current, boolean longText) {
    if (current != null) {
      return current;
    }
    for (Cell c : rest(r)) {
      if (!c.isBlank()) {
        used.add(c);
        return longText ? c.markdown() : c.text();
      }
    }
    return null;
  }

  /** Label, value, label, value… as in the 基本信息 and 预算整体情况 rows. */
  private void pairs(int r, boolean basic) {
    List<Cell> cells = rest(r);
    for (int i = 0; i < cells.size(); i++) {
      Cell label = cells.get(i);
      if (label.isBlank()) {
        continue;
      }
      if (!basic && FormLabels.isBudgetHeader(label.text())) {
        used.add(label);
        continue;
      }
      Optional<String> key =
          basic ? basicInfoKey(label.text()) : FormLabels.budgetAmount(label.text());
      if (key.isEmpty()) {
        hints.put(label, messages.get("import.hint.unknown-label"));
        continue;
      }
      Cell value = i + 1 < cells.size() ? cells.get(i + 1) : null;
      if (basic ? basicInfo.containsKey(key.get()) : budget.containsKey(key.get())) {
        hints.put(label, messages.get("import.hint.duplicate", key.get()));
        continue;
      }
      used.add(label);
      i++;
      if (basic) {
        basicInfo.put(key.get(), value == null || value.isBlank() ? null : use(value));
      } else {
        budget.put(key.get(), amount(value));
      }
    }
  }

  private static Optional<String> basicInfoKey(String text) {
    return List.of(FUNDED_STAFF, SUBORDINATE_UNITS).stream()
        .filter(k -> FormLabels.is(text, k))
        .findFirst();
  }

  private String use(Cell c) {
    used.add(c);
    return c.text();
  }

  /** An amount cell: blank is a blank amount; text that is no number stays unused. */
  private Amount amount(Cell value) {
    if (value == null || value.isBlank()) {
      return Amount.BLANK;
    }
    String t = Normalizer.normalize(value.text(), Normalizer.Form.NFKC).replace(" ", "");
    Optional<Amount> parsed = AmountParser.parse(t);
    if (parsed.isEmpty()) {
      hints.put(value, messages.get("import.hint.bad-amount"));
      return Amount.BLANK;
    }
    used.add(value);
    return parsed.get();
  }

  private void task(int r) {
    Map<String, Integer> header = taskHeader(r);
    if (header != null) {
      taskColumns = header;
      return;
    }
    if (taskColumns == null) {
      return;
    }
    Cell name = taskCell(r, TASK_NAME);
    Cell content = taskCell(r, TASK_CONTENT);
    Cell funds = taskCell(r, TASK_FUNDS);
    Cell outcome = taskCell(r, TASK_OUTCOME);
    if (isBlank(name) && isBlank(content) && isBlank(funds) && isBlank(outcome)) {
      return;
    }
    tasks.add(new Task(text(name), longText(content), amount(funds), longText(outcome)));
  }

  private Map<String, Integer> taskHeader(int r) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 1; c < grid.width(); c++) {
      Cell cell = grid.at(r, c);
      if (grid.continuesLeft(r, c) || cell.isBlank()) {
        continue;
      }
      for (String key : TASK_KEYS) {
        if (FormLabels.is(cell.text(), key)) {
          columns.putIfAbsent(key, c);
        }
      }
    }
    if (!columns.containsKey(TASK_NAME) || columns.size() < 2) {
      return null;
    }
    columns.keySet().forEach(k -> used.add(grid.at(r, columns.get(k))));
    return columns;
  }

  private Cell taskCell(int r, String key) {
    Integer c = taskColumns.get(key);
    return c == null || grid.continuesAbove(r, c) ? null : grid.at(r, c);
  }

  private static boolean isBlank(Cell c) {
    return c == null || c.isBlank();
  }

  private String text(Cell c) {
    return isBlank(c) ? null : use(c);
  }

  /** A long text keeps its Markdown-light: lists and bold as the Word form shows them. */
  private String longText(Cell c) {
    if (isBlank(c)) {
      return null;
    }
    used.add(c);
    return c.markdown();
  }

  private Declaration declaration() {
    return new Declaration(
        department,
        year,
        new BasicInfo(basicInfo.get(FUNDED_STAFF), basicInfo.get(SUBORDINATE_UNITS)),
        new Budget(
            b(BASIC_EXPENDITURE),
            b(PROJECT_EXPENDITURE),
            b(FISCAL_APPROPRIATION),
            b(OTHER_FUNDS),
            b(SPECIAL_FUNDS),
            b(OTHER_DEVELOPMENT),
            b(OWN_LEVEL_FUNDS),
            b(TRANSFER_FUNDS)),
        overallGoal,
        tasks,
        otherTasks,
        indicators.categories());
  }

  private Amount b(String key) {
    return budget.getOrDefault(key, Amount.BLANK);
  }

  private List<Diagnostic> unmapped() {
    List<Diagnostic> result = new ArrayList<>();
    List<Cell> all = new ArrayList<>(grid.outside());
    all.addAll(grid.cells());
    for (Cell c : all) {
      if (c.isBlank() || used.contains(c)) {
        continue;
      }
      String where =
          c.column() == 0
              ? messages.get(
                  grid.kind() == Grid.Kind.MARKDOWN
                      ? "import.where.line"
                      : "import.where.paragraph",
                  c.row())
              : messages.get("import.where.cell", c.row(), c.columnLetter());
      result.add(
          Diagnostic.warning(
              SourcePosition.ofFile(file),
              ImportResult.UNMAPPED,
              messages.get("import.unmapped", where, CellText.quote(c.text())),
              hints.getOrDefault(c, messages.get("import.hint.unmapped"))));
    }
    return result;
  }
}
