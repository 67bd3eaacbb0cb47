package org.declgen.template.view;

import java.math.BigDecimal;
import java.util.List;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * A value of a form with one of everything (every text and amount filled, one record in each list,
 * a 一级 with a 二级 with a 三级), whose view shows every name a template can use.
 */
final class Prototype {
  private Prototype() {}

  static <T> T of(FormDescription<T> form) {
    return filled(form.blank(), form.fields());
  }

  private static <V> V filled(V start, List<Field<V>> fields) {
    V value = start;
    for (Field<V> f : fields) {
      value = f.accept(new Fill<>(value));
    }
    return value;
  }

  /** The value with one field filled. */
  private record Fill<V>(V value) implements FieldVisitor<V, V> {
    @Override
    public V text(TextField<V> field) {
      return field.lens().with(value, "x");
    }

    @Override
    public V amount(AmountField<V> field) {
      return field.lens().with(value, new Amount(BigDecimal.ONE));
    }

    @Override
    public <S> V group(GroupField<V, S> field) {
      return field.lens().with(value, filled(field.lens().get(value), field.fields()));
    }

    @Override
    public <E> V list(ListField<V, E> field) {
      E item = filled(field.items().blank(), field.items().fields());
      return field.lens().with(value, List.of(item));
    }

    @Override
    public V indicators(IndicatorTreeField<V> field) {
      Indicator indicator = new Indicator("x", "x", "x");
      IndicatorSubcategory sub = new IndicatorSubcategory("x", List.of(indicator));
      return field.lens().with(value, List.of(new IndicatorCategory("x", List.of(sub))));
    }
  }
}
