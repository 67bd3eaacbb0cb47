package org.declgen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;

/**
 * Compares two values of any form its description describes and lists the changes in the order the
 * form prints its fields: a line of text changes as a whole, a long text by its sentences, an
 * amount with its delta and the 合计 it changes, a list's records matched by their names, the
 * indicator tree by 一级 › 二级 › 三级.
 */
public final class FormDiff {
  private FormDiff() {}

  public static <T> List<Change> compare(FormDescription<T> form, T before, T after) {
    List<Change> changes = new ArrayList<>();
    fields(form.fields(), before, after, List.of(), changes);
    return changes;
  }

  /** Compares the given fields of two values, naming each change below {@code path}. */
  static <V> void fields(
      List<Field<V>> fields, V before, V after, List<String> path, List<Change> changes) {
    for (Field<V> f : fields) {
      f.accept(new Compare<>(before, after, path, changes));
    }
  }

  /** The amounts among {@code fields}, in order. */
  static <V> List<AmountField<V>> amountFields(List<Field<V>> fields) {
    List<AmountField<V>> amounts = new ArrayList<>();
    for (Field<V> f : fields) {
      if (f instanceof AmountField<V> a) {
        amounts.add(a);
      }
    }
    return amounts;
  }

  /** A group's 合计 of the amounts among {@code fields} of {@code value}: blank when any is blank. */
  static <V> Amount total(List<Field<V>> fields, V value) {
    return Amount.total(
        amountFields(fields).stream().map(a -> a.lens().get(value)).toArray(Amount[]::new));
  }

  static List<String> append(List<String> path, String... labels) {
    List<String> longer = new ArrayList<>(path);
    longer.addAll(List.of(labels));
    return longer;
  }

  /** Compares one field of two values. */
  private record Compare<V>(V before, V after, List<String> path, List<Change> changes)
      implements FieldVisitor<V, Void> {
    @Override
    public Void text(TextField<V> field) {
      String a = field.lens().get(before);
      String b = field.lens().get(after);
      List<String> at = append(path, field.label());
      if (field.rich()) {
        textChange(changes, at, a, b);
      } else {
        scalarChange(changes, at, a, b);
      }
      return null;
    }

    @Override
    public Void amount(AmountField<V> field) {
      amountChange(
          changes,
          append(path, field.label()),
          field.lens().get(before),
          field.lens().get(after),
          false);
      return null;
    }

    @Override
    public <S> Void group(GroupField<V, S> field) {
      S a = field.lens().get(before);
      S b = field.lens().get(after);
      List<String> at = append(path, field.label());
      fields(field.fields(), a, b, at, changes);
      if (field.total() != null) {
        amountChange(
            changes,
            append(at, field.total()),
            total(field.fields(), a),
            total(field.fields(), b),
            true);
      }
      return null;
    }

    @Override
    public <E> Void list(ListField<V, E> field) {
      changes.addAll(
          new ListDiff<>(field, path).compare(field.lens().get(before), field.lens().get(after)));
      return null;
    }

    @Override
    public Void indicators(IndicatorTreeField<V> field) {
      changes.addAll(
          new IndicatorDiff(append(path, field.label()), field.columns())
              .compare(field.lens().get(before), field.lens().get(after)));
      return null;
    }
  }

  /** An amount change with its delta; a value equal in number (1.0 vs 1.00) is no change. */
  static void amountChange(
      List<Change> changes, List<String> path, Amount a, Amount b, boolean derived) {
    if (sameAmount(a, b)) {
      return;
    }
    changes.add(
        Change.changed(
            path, Deltas.amount(a), Deltas.amount(b), Deltas.amountDelta(a, b), derived));
  }

  static boolean sameAmount(Amount a, Amount b) {
    if (a.isBlank() || b.isBlank()) {
      return a.isBlank() == b.isBlank();
    }
    return a.value().compareTo(b.value()) == 0 && Deltas.amount(a).equals(Deltas.amount(b));
  }

  static void scalarChange(List<Change> changes, List<String> path, String a, String b) {
    if (!Objects.equals(a, b)) {
      changes.add(Change.changed(path, a, b, "", false));
    }
  }

  static void textChange(List<Change> changes, List<String> path, String a, String b) {
    if (!Objects.equals(a, b)) {
      changes.add(new Change(Change.Kind.TEXT, path, a, b, "", false, SentenceDiff.edits(a, b)));
    }
  }
}
