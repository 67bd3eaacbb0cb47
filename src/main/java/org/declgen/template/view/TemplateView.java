package org.declgen.template.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorRow;
import org.declgen.model.IndicatorSubcategory;

/**
 * A declaration as templates see it: names are the form's labels, exactly the YAML's keys, so data
 * and templates share one vocabulary. Blank values are empty text, never missing, so a template
 * prints an empty cell where the filer left one. Made from the form description: texts as text,
 * long texts as {@link RichTextModel}, amounts as {@link AmountModel}, groups as hashes (with their
 * 合计), lists as lists of hashes (with their 序号), the indicator tree both as a tree and as the
 * table's rows.
 */
public final class TemplateView {
  private TemplateView() {}

  public static Map<String, Object> of(Declaration d) {
    return of(DepartmentForm.FORM, d);
  }

  public static <T> Map<String, Object> of(FormDescription<T> form, T value) {
    Map<String, Object> root = new LinkedHashMap<>();
    put(value, form.fields(), root);
    return root;
  }

  private static <V> void put(V value, List<Field<V>> fields, Map<String, Object> into) {
    for (Field<V> f : fields) {
      f.accept(new Put<>(value, into));
    }
  }

  /** Puts one field's view into its parent's hash. */
  private record Put<V>(V value, Map<String, Object> into) implements FieldVisitor<V, Void> {
    @Override
    public Void text(TextField<V> field) {
      String text = field.lens().get(value);
      into.put(field.label(), field.rich() ? new RichTextModel(text) : orEmpty(text));
      return null;
    }

    @Override
    public Void amount(AmountField<V> field) {
      into.put(field.label(), new AmountModel(field.lens().get(value)));
      return null;
    }

    @Override
    public <S> Void group(GroupField<V, S> field) {
      Map<String, Object> m = new LinkedHashMap<>();
      put(field.lens().get(value), field.fields(), m);
      if (field.total() != null) {
        m.put(field.total(), new AmountModel(sumOf(m)));
      }
      into.put(field.label(), m);
      return null;
    }

    @Override
    public <E> Void list(ListField<V, E> field) {
      List<Object> list = new ArrayList<>();
      List<E> items = field.lens().get(value);
      for (int i = 0; i < items.size(); i++) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(field.items().position(), i + 1);
        put(items.get(i), field.items().fields(), m);
        list.add(m);
      }
      into.put(field.label(), list);
      return null;
    }

    @Override
    public Void indicators(IndicatorTreeField<V> field) {
      List<IndicatorCategory> categories = field.lens().get(value);
      into.put(field.label(), indicatorTree(categories, field.columns()));
      into.put(field.columns().rows(), indicatorRows(IndicatorRow.of(categories), field.columns()));
      return null;
    }
  }

  /** The 合计 of a group's own amounts: blank when any of them is blank. */
  private static Amount sumOf(Map<String, Object> group) {
    return Amount.total(
        group.values().stream()
            .filter(AmountModel.class::isInstance)
            .map(v -> ((AmountModel) v).amount())
            .toArray(Amount[]::new));
  }

  private static List<Object> indicatorTree(
      List<IndicatorCategory> categories, IndicatorTreeField.Columns c) {
    List<Object> list = new ArrayList<>();
    for (IndicatorCategory category : categories) {
      List<Object> subs = new ArrayList<>();
      for (IndicatorSubcategory s : category.subcategories()) {
        List<Object> indicators = new ArrayList<>();
        for (Indicator i : s.indicators()) {
          indicators.add(indicator(i, c));
        }
        subs.add(group(c.groupName(), s.label(), c.level3(), indicators));
      }
      list.add(group(c.groupName(), category.label(), c.level2(), subs));
    }
    return list;
  }

  private static Map<String, Object> group(
      String nameKey, String name, String childrenKey, List<Object> children) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(nameKey, name);
    m.put(childrenKey, children);
    return m;
  }

  private static Map<String, Object> indicator(Indicator i, IndicatorTreeField.Columns c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(c.level3(), orEmpty(i.name()));
    m.put(c.periodValue(), orEmpty(i.periodValue()));
    m.put(c.annualValue(), orEmpty(i.annualValue()));
    m.put(c.value(), orEmpty(i.annualValue()));
    return m;
  }

  private static List<Object> indicatorRows(List<IndicatorRow> rows, IndicatorTreeField.Columns c) {
    List<Object> list = new ArrayList<>();
    for (IndicatorRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(c.level1(), r.category().label());
      m.put(c.level2(), r.subcategory().label());
      m.putAll(indicator(r.indicator().orElse(new Indicator(null, null, null)), c));
      list.add(m);
    }
    return list;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
