package org.declgen.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.AmountField;
import org.declgen.form.DepartmentForm;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;

/**
 * Maps a grid to a declaration by the form's printed labels, never by fixed positions: each row
 * belongs to the field its first-column label names (a merged or blank first cell continues the
 * block above), and values are found beside their labels or under their column headers. What the
 * labels are and where each value goes comes from the form description. A cell it cannot place is
 * left unused and reported; nothing is guessed.
 */
final class FormRecognizer {
  private static final FormDescription<Declaration> FORM = DepartmentForm.FORM;

  private final Grid grid;
  private final Messages messages;
  private final String file;
  private final Set<Cell> used = Grid.identitySet();
  private final Map<Cell, String> hints = new IdentityHashMap<>();
  private final IndicatorTable indicators;

  private Declaration value = FORM.blank();
  private final Set<String> filled = new HashSet<>();
  private boolean municipal;
  private Map<String, Integer> itemColumns;
  private final Map<Integer, MoneyUnit> columnUnits = new HashMap<>();

  FormRecognizer(Grid grid, Set<Cell> accounted, String file, Messages messages) {
    this.grid = grid.withoutBlankLines();
    this.messages = messages;
    this.file = file;
    this.used.addAll(accounted);
    this.indicators = new IndicatorTable(this.grid, used, hints, messages);
  }

  ImportResult recognize() {
    outsideTexts();
    Field<Declaration> section = null;
    boolean title = false;
    for (int r = 0; r < grid.height(); r++) {
      Cell first = grid.at(r, 0);
      if (!first.isBlank() && !grid.continuesAbove(r, 0)) {
        title = FormLabels.isTitle(first.text());
        Optional<Field<Declaration>> named = title ? Optional.empty() : section(first.text());
        if (named.orElse(null) != section) {
          columnUnits.clear();
        }
        section = named.orElse(null);
        if (title || named.isPresent()) {
          used.add(first);
        } else {
          hints.put(first, messages.get("import.hint.unknown-label"));
        }
      }
      if (title) {
        title(grid.at(r, 0));
      } else if (section != null) {
        value = section.accept(new Row(r));
      }
    }
    return new ImportResult(declaration(), unmapped());
  }

  private static Optional<Field<Declaration>> section(String text) {
    return FORM.fields().stream()
        .filter(f -> f.notes().printed() && FormLabels.names(text, f))
        .findFirst();
  }

  private void outsideTexts() {
    for (Cell c : grid.outside()) {
      if (FormLabels.isTitle(c.text()) || FormLabels.isYearSubtitle(c.text())) {
        title(c);
      }
    }
  }

  private void title(Cell c) {
    municipal |= FormLabels.isMunicipal(c.text());
    Optional<String> stated = FormLabels.year(c.text());
    String year = DepartmentForm.YEAR.lens().get(value);
    if (stated.isPresent() && year != null && !year.equals(stated.get())) {
      hints.put(c, messages.get("import.hint.second-year", year));
      return;
    }
    stated.ifPresent(y -> value = DepartmentForm.YEAR.lens().with(value, y));
    used.add(c);
  }

  /** Reads one row of the block a field heads into the declaration. */
  private final class Row implements FieldVisitor<Declaration, Declaration> {
    private final int r;

    Row(int r) {
      this.r = r;
    }

    /** The first value right of the label; a field once filled keeps its value. */
    @Override
    public Declaration text(TextField<Declaration> field) {
      if (field.lens().get(value) != null) {
        return value;
      }
      for (Cell c : rest(r)) {
        if (!c.isBlank()) {
          return field.lens().with(value, use(c, field.rich()));
        }
      }
      return value;
    }

    @Override
    public Declaration amount(AmountField<Declaration> field) {
      Cell c = rest(r).stream().filter(x -> !x.isBlank()).findFirst().orElse(null);
      return field.lens().with(value, amountIn(c, unitAt(columnOf(r, c))));
    }

    @Override
    public <S> Declaration group(GroupField<Declaration, S> field) {
      Leaves leaves = new Leaves();
      leaves.of(field);
      return pairs(leaves);
    }

    @Override
    public <E> Declaration list(ListField<Declaration, E> field) {
      return item(r, field);
    }

    @Override
    public Declaration indicators(IndicatorTreeField<Declaration> field) {
      indicators.row(r);
      return value;
    }

    /** Label, value, label, value… as in the 基本信息 and 预算整体情况 rows. */
    private Declaration pairs(Leaves leaves) {
      List<Cell> cells = rest(r);
      for (int i = 0; i < cells.size(); i++) {
        Cell label = cells.get(i);
        if (label.isBlank()) {
          continue;
        }
        if (leaves.isHeader(label.text())) {
          used.add(label);
          noteUnit(columnOf(r, label), label);
          continue;
        }
        Optional<Field<Declaration>> leaf = leaves.named(label.text());
        if (leaf.isEmpty()) {
          hints.put(label, messages.get("import.hint.unknown-label"));
          continue;
        }
        if (!filled.add(leaf.get().label())) {
          hints.put(label, messages.get("import.hint.duplicate", leaf.get().label()));
          continue;
        }
        municipal |= FormLabels.isMunicipal(label.text());
        used.add(label);
        i++;
        Cell cell = i < cells.size() ? cells.get(i) : null;
        value = leaf.get().accept(new Put<>(value, cell, unitAt(columnOf(r, cell))));
      }
      return value;
    }
  }

  /**
   * The texts and amounts a group holds, seen from the declaration, and the labels of the groups
   * between (部门预算支出, 收入来源 …), which head columns of values.
   */
  private static final class Leaves {
    final List<Field<Declaration>> fields = new ArrayList<>();
    final Set<String> headers = new HashSet<>(Set.of(FormLabels.AMOUNT_HEADER));

    <S> void of(GroupField<Declaration, S> group) {
      for (Field<S> f : group.fields()) {
        Field<Declaration> seen = f.through(group.lens());
        if (seen instanceof GroupField<Declaration, ?> inner) {
          headers.add(inner.label());
          of(inner);
        } else {
          fields.add(seen);
        }
      }
    }

    boolean isHeader(String text) {
      return headers.contains(CellText.bareLabel(text));
    }

    Optional<Field<Declaration>> named(String text) {
      return fields.stream().filter(f -> FormLabels.names(text, f)).findFirst();
    }
  }

  /** Puts one cell's text or amount into a field of {@code V}. */
  private final class Put<V> implements FieldVisitor<V, V> {
    private static final String ONE_CELL = "a cell holds a text or an amount, not a group";

    private final V into;
    private final Cell cell;
    private final MoneyUnit unit;

    /**
     * @param unit the unit of the cell's column, for an amount
     */
    Put(V into, Cell cell, MoneyUnit unit) {
      this.into = into;
      this.cell = cell;
      this.unit = unit;
    }

    @Override
    public V text(TextField<V> field) {
      return field
          .lens()
          .with(into, cell == null || cell.isBlank() ? null : use(cell, field.rich()));
    }

    @Override
    public V amount(AmountField<V> field) {
      return field.lens().with(into, amountIn(cell, unit));
    }

    @Override
    public <S> V group(GroupField<V, S> field) {
      throw new IllegalStateException(ONE_CELL);
    }

    @Override
    public <E> V list(ListField<V, E> field) {
      throw new IllegalStateException(ONE_CELL);
    }

    @Override
    public V indicators(IndicatorTreeField<V> field) {
      throw new IllegalStateException(ONE_CELL);
    }
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

  private String use(Cell c) {
    used.add(c);
    return c.text();
  }

  /** A long text keeps its Markdown-light: lists and bold as the Word form shows them. */
  private String use(Cell c, boolean rich) {
    used.add(c);
    return rich ? c.markdown() : c.text();
  }

  /**
   * An amount cell: blank or a dash is a blank amount. A unit typed after the number must be its
   * column's, and the column's must be the declaration's (万元); a cell in any other unit, or text
   * that is no number, stays unused, with the figure to type.
   */
  private Amount amountIn(Cell value, MoneyUnit column) {
    if (value == null || value.isBlank()) {
      return Amount.BLANK;
    }
    Optional<TypedAmount> typed = TypedAmount.read(value.text());
    if (typed.isEmpty()) {
      hints.put(value, messages.get("import.hint.bad-amount"));
      return Amount.BLANK;
    }
    Amount amount = typed.get().amount();
    MoneyUnit unit = typed.get().unit().orElse(column);
    if (amount.isBlank() || unit == column && unit == MoneyUnit.DECLARATION) {
      used.add(value);
      return amount;
    }
    String declared = plain(unit.in(MoneyUnit.DECLARATION, amount.value()));
    if (unit != column) {
      String inColumn = plain(unit.in(column, amount.value()));
      hints.put(
          value,
          messages.get(
              "import.hint.amount-other-unit",
              column,
              unit,
              plain(amount.value()),
              inColumn,
              declared));
    } else {
      hints.put(
          value,
          messages.get("import.hint.amount-column-unit", column, plain(amount.value()), declared));
    }
    return Amount.BLANK;
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** Takes a column header's unit note ({@code 预算金额（万元）}) as the unit of its column's amounts. */
  private void noteUnit(int column, Cell header) {
    columnUnits.put(
        column,
        CellText.note(header.text()).flatMap(MoneyUnit::named).orElse(MoneyUnit.DECLARATION));
  }

  /**
   * The unit of a column's amounts: its header's, or the declaration's when no header states one.
   */
  private MoneyUnit unitAt(int column) {
    return columnUnits.getOrDefault(column, MoneyUnit.DECLARATION);
  }

  /** Where a cell stands in row {@code r}; -1 when it is not there. */
  private int columnOf(int r, Cell cell) {
    return grid.rows().get(r).indexOf(cell);
  }

  /** A row of a list's block: its column headers, or a record under them. */
  private <E> Declaration item(int r, ListField<Declaration, E> field) {
    Map<String, Integer> header = itemHeader(r, field.items());
    if (header != null) {
      itemColumns = header;
      return value;
    }
    if (itemColumns == null) {
      return value;
    }
    E item = field.items().blank();
    boolean any = false;
    for (Field<E> f : field.items().fields()) {
      Cell cell = itemCell(r, f.label());
      any |= cell != null && !cell.isBlank();
      Integer column = itemColumns.get(f.label());
      item = f.accept(new Put<>(item, cell, unitAt(column == null ? -1 : column)));
    }
    if (!any) {
      return value;
    }
    List<E> items = new ArrayList<>(field.lens().get(value));
    items.add(item);
    return field.lens().with(value, items);
  }

  private Map<String, Integer> itemHeader(int r, ListField.Items<?> items) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 1; c < grid.width(); c++) {
      Cell cell = grid.at(r, c);
      if (grid.continuesLeft(r, c) || cell.isBlank()) {
        continue;
      }
      for (Field<?> f : items.fields()) {
        if (FormLabels.names(cell.text(), f)) {
          columns.putIfAbsent(f.label(), c);
        }
      }
    }
    if (!columns.containsKey(items.key()) || columns.size() < 2) {
      return null;
    }
    for (int c : columns.values()) {
      used.add(grid.at(r, c));
      noteUnit(c, grid.at(r, c));
    }
    return columns;
  }

  private Cell itemCell(int r, String key) {
    Integer c = itemColumns.get(key);
    return c == null || grid.continuesAbove(r, c) ? null : grid.at(r, c);
  }

  private Declaration declaration() {
    Declaration d = DepartmentForm.INDICATORS.lens().with(value, indicators.categories());
    return municipal ? DepartmentForm.TEMPLATE.lens().with(d, FormLabels.MUNICIPAL_TEMPLATE) : d;
  }

  private List<Diagnostic> unmapped() {
    List<Diagnostic> result = new ArrayList<>();
    List<Cell> all = new ArrayList<>(grid.outside());
    all.addAll(grid.cells());
    for (Cell c : all) {
      if (c.isBlank() || used.contains(c)) {
        continue;
      }
      String where = c.where(grid.kind()).in(messages);
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
