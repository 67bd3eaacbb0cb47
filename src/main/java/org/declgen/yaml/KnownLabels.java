package org.declgen.yaml;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;

/**
 * Every key a form defines, at any depth ({@code 部门名称}, {@code 基本支出}, {@code 拟投入的资金}, {@code 指标值}).
 * A slip of punctuation right next to one of these has one reading only, so it may be accepted;
 * next to any other text it is reported instead.
 */
final class KnownLabels {
  private final Set<String> all = new LinkedHashSet<>();
  private final Set<String> amounts = new LinkedHashSet<>();

  private KnownLabels() {}

  static KnownLabels of(FormDescription<?> form) {
    KnownLabels labels = new KnownLabels();
    labels.collect(form.fields());
    return labels;
  }

  boolean isKnown(String label) {
    return all.contains(label);
  }

  boolean isAmount(String label) {
    return amounts.contains(label);
  }

  private <T> void collect(List<Field<T>> fields) {
    for (Field<T> f : fields) {
      all.add(f.label());
      f.accept(new Collector<>());
    }
  }

  /** Adds the labels nested in one field. */
  private final class Collector<T> implements FieldVisitor<T, Void> {
    @Override
    public Void text(TextField<T> field) {
      return null;
    }

    @Override
    public Void amount(AmountField<T> field) {
      amounts.add(field.label());
      return null;
    }

    @Override
    public <S> Void group(GroupField<T, S> field) {
      collect(field.fields());
      return null;
    }

    @Override
    public <E> Void list(ListField<T, E> field) {
      collect(field.items().fields());
      return null;
    }

    @Override
    public Void indicators(IndicatorTreeField<T> field) {
      all.addAll(field.columns().indicatorKeys());
      return null;
    }
  }
}
