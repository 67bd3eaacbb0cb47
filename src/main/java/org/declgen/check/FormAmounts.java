package org.declgen.check;

import java.util.ArrayList;
import java.util.List;
import org.declgen.form.AmountField;
import org.declgen.form.DepartmentForm;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;

/**
 * Every amount the form describes, wherever it stands (the four budget groups, each task's 拟投入的资金),
 * with its key path and the label a reader sees ({@code 预算整体情况 › 收入来源 › 其他资金}).
 */
record FormAmounts(String path, String label, Amount amount) {
  static List<FormAmounts> of(Declaration d) {
    List<FormAmounts> all = new ArrayList<>();
    fields(all, DepartmentForm.FORM.fields(), d, "", "");
    return all;
  }

  private static <V> void fields(
      List<FormAmounts> all, List<Field<V>> fields, V value, String path, String label) {
    for (Field<V> f : fields) {
      f.accept(new Walk<>(all, value, path, label));
    }
  }

  private static String join(String prefix, String separator, String name) {
    return prefix.isEmpty() ? name : prefix + separator + name;
  }

  /** Collects the amounts of one field. */
  private record Walk<V>(List<FormAmounts> all, V value, String path, String label)
      implements FieldVisitor<V, Void> {
    @Override
    public Void amount(AmountField<V> field) {
      all.add(
          new FormAmounts(
              join(path, ".", field.label()),
              join(label, " › ", field.label()),
              field.lens().get(value)));
      return null;
    }

    @Override
    public <S> Void group(GroupField<V, S> field) {
      fields(
          all,
          field.fields(),
          field.lens().get(value),
          join(path, ".", field.label()),
          join(label, " › ", field.label()));
      return null;
    }

    @Override
    public <E> Void list(ListField<V, E> field) {
      List<E> items = field.lens().get(value);
      for (int i = 0; i < items.size(); i++) {
        String name = field.items().nameOf(items.get(i));
        fields(
            all,
            field.items().fields(),
            items.get(i),
            join(path, ".", field.label()) + "[" + i + "]",
            join(label, " › ", field.label())
                + (name == null ? " 第" + (i + 1) + "项" : " › " + name));
      }
      return null;
    }

    @Override
    public Void text(TextField<V> field) {
      return null;
    }

    @Override
    public Void indicators(IndicatorTreeField<V> field) {
      return null;
    }
  }
}
