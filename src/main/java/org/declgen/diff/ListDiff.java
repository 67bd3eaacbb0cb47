package org.declgen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.ListField;
import org.declgen.model.Amount;

/**
 * A list of records (年度重点工作任务): identical records are matched first, then records by their name
 * (the list's key field, 名称); an unmatched pair with the same content (every other field equal) is
 * a rename; matched records out of their old order are moves. A record's first amount (拟投入的资金)
 * stands for it when it is added or removed, and each amount's 合计 over the list follows the
 * changes.
 */
final class ListDiff<E> {
  /** A record matched on both sides, by its position in each list. */
  private record Pair(int before, int after) {}

  private final ListField<?, E> field;
  private final List<String> path;
  private final String key;
  private final List<Field<E>> content;
  private final List<AmountField<E>> amounts;

  ListDiff(ListField<?, E> field, List<String> parent) {
    this.field = field;
    this.path = FormDiff.append(parent, field.label());
    this.key = field.items().key();
    this.content = field.items().fields().stream().filter(f -> !f.label().equals(key)).toList();
    this.amounts = FormDiff.amountFields(field.items().fields());
  }

  List<Change> compare(List<E> before, List<E> after) {
    Integer[] matchOf = match(before, after);
    List<Pair> pairs = new ArrayList<>();
    boolean[] oldMatched = new boolean[before.size()];
    for (int j = 0; j < after.size(); j++) {
      if (matchOf[j] != null) {
        pairs.add(new Pair(matchOf[j], j));
        oldMatched[matchOf[j]] = true;
      }
    }
    List<Pair> oldOrder =
        pairs.stream().sorted((x, y) -> Integer.compare(x.before, y.before)).toList();
    Set<Pair> moved = OrderMoves.moved(oldOrder, pairs);

    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!oldMatched[i]) {
        E t = before.get(i);
        changes.add(Change.of(Change.Kind.REMOVED, at(t), summary(t), ""));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      E b = after.get(j);
      if (matchOf[j] == null) {
        changes.add(Change.of(Change.Kind.ADDED, at(b), "", summary(b)));
        continue;
      }
      E a = before.get(matchOf[j]);
      if (!Objects.equals(name(a), name(b))) {
        changes.add(Change.of(Change.Kind.RENAMED, at(a), name(a), name(b)));
      }
      Pair p = new Pair(matchOf[j], j);
      if (moved.contains(p)) {
        changes.add(
            Change.of(
                Change.Kind.MOVED,
                at(b),
                String.valueOf(p.before + 1),
                String.valueOf(p.after + 1)));
      }
      FormDiff.fields(content, a, b, at(b), changes);
    }
    totals(before, after, changes);
    return changes;
  }

  /** The 合计 of each amount of the records ({@code 拟投入的资金合计}). */
  private void totals(List<E> before, List<E> after, List<Change> changes) {
    String total = field.items().total();
    if (total == null) {
      return;
    }
    for (AmountField<E> amount : amounts) {
      FormDiff.amountChange(
          changes,
          FormDiff.append(path, amount.label() + total),
          sum(before, amount),
          sum(after, amount),
          true);
    }
  }

  private static <E> Amount sum(List<E> records, AmountField<E> amount) {
    return Amount.sum(records.stream().map(amount.lens()::get).toArray(Amount[]::new));
  }

  /** Where a record's changes are listed: below its name, {@code ""} for a record without one. */
  private List<String> at(E record) {
    String name = name(record);
    return FormDiff.append(path, name == null ? "" : name);
  }

  private String name(E record) {
    return field.items().nameOf(record);
  }

  private String summary(E record) {
    return amounts.isEmpty() ? "" : Deltas.amount(amounts.get(0).lens().get(record));
  }

  /** A record as a whole: its name and its content. */
  private record Whole(String name, List<Change> content) {}

  /**
   * For each new record, the position of its old self, or null for a new one: the first unmatched
   * old record that is identical, else of the same name, else of the same content (a rename). A
   * record inserted next to another of its name is thus an addition, not a change to the old one
   * plus an addition. Records are grouped by key first, so a list of thousands is matched in linear
   * time.
   */
  private Integer[] match(List<E> before, List<E> after) {
    List<List<Change>> oldContent = before.stream().map(this::content).toList();
    List<List<Change>> newContent = after.stream().map(this::content).toList();
    Integer[] matchOf = new Integer[after.size()];
    boolean[] taken = new boolean[before.size()];
    Candidates.matchRemaining(
        matchOf,
        taken,
        i -> new Whole(name(before.get(i)), oldContent.get(i)),
        j -> new Whole(name(after.get(j)), newContent.get(j)));
    Candidates.matchRemaining(matchOf, taken, i -> name(before.get(i)), j -> name(after.get(j)));
    Candidates.matchRemaining(matchOf, taken, oldContent::get, newContent::get);
    return matchOf;
  }

  /**
   * A record's content (every field but its name) as its changes from a blank record: two records
   * have the same content exactly when these are equal, as the comparison itself decides it.
   */
  private List<Change> content(E record) {
    List<Change> differences = new ArrayList<>();
    FormDiff.fields(content, field.items().blank(), record, path, differences);
    return differences;
  }
}
