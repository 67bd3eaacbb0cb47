package org.declgen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.PrintedValues;
import org.declgen.form.TextField;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * Which filled-in facts of a declaration a Word template does not print: the same YAML renders with
 * either official form, and a user should hear once that, say, 基本信息 is not on the 区级 form, rather
 * than discover it on paper. Every printed field of the form description is such a fact.
 */
public final class UnprintedFields {
  private static final String SEPARATOR = " › ";

  /** What a fact is: a field of the form, or one of the indicator table's value columns. */
  private enum Kind {
    FIELD,
    PERIOD_VALUE,
    ANNUAL_VALUE
  }

  /**
   * A fact of the declaration: its label, the view paths that print it (any one will do), whether
   * it is filled, and what it is.
   */
  private record Fact(String label, List<String> paths, boolean filled, Kind kind) {}

  private UnprintedFields() {}

  /** Labels of the facts filled in {@code value} that no markup of the template reads. */
  public static <T> List<String> of(FormDescription<T> form, T value, Set<String> usedPaths) {
    List<Fact> facts = new ArrayList<>();
    collect(form.fields(), List.of(value), "", "", facts);
    List<String> missing = new ArrayList<>();
    for (Fact f : facts) {
      if (f.filled() && f.paths().stream().noneMatch(p -> printed(p, usedPaths))) {
        missing.add(f.label());
      }
    }
    return missing;
  }

  /**
   * Which value columns of the indicator table the template prints; both when the form has no
   * indicator table.
   */
  public static <T> PrintedValues printedValues(
      String template, FormDescription<T> form, Set<String> usedPaths) {
    List<Fact> facts = new ArrayList<>();
    collect(form.fields(), List.of(), "", "", facts);
    return new PrintedValues(
        template,
        columnPrinted(facts, Kind.PERIOD_VALUE, usedPaths),
        columnPrinted(facts, Kind.ANNUAL_VALUE, usedPaths));
  }

  private static boolean columnPrinted(List<Fact> facts, Kind kind, Set<String> usedPaths) {
    return facts.stream()
        .filter(f -> f.kind() == kind)
        .allMatch(f -> f.paths().stream().anyMatch(p -> printed(p, usedPaths)));
  }

  /**
   * A path is printed when the template reads it, something below it ({@code 精确值}), or the hash
   * above it (a {@code <#list 预算整体情况 as 栏目, 金额>} prints every amount).
   */
  private static boolean printed(String path, Set<String> used) {
    for (String u : used) {
      if (u.equals(path) || isBelow(u, path) || isBelow(path, u)) {
        return true;
      }
    }
    return false;
  }

  /** {@code inner} is {@code outer} followed by a dot and more (asked of every pair, per form). */
  private static boolean isBelow(String inner, String outer) {
    return inner.length() > outer.length()
        && inner.charAt(outer.length()) == '.'
        && inner.startsWith(outer);
  }

  /**
   * Adds the facts of {@code fields}; {@code values} are every value the fields belong to (all the
   * records of a list), so a field is filled when any of them fills it.
   */
  private static <V> void collect(
      List<Field<V>> fields, List<V> values, String label, String path, List<Fact> facts) {
    for (Field<V> f : fields) {
      if (f.notes().printed()) {
        f.accept(new Facts<>(values, label, path, facts));
      }
    }
  }

  private static String join(String prefix, String separator, String name) {
    return prefix.isEmpty() ? name : prefix + separator + name;
  }

  /** The facts of one field. */
  private record Facts<V>(List<V> values, String label, String path, List<Fact> facts)
      implements FieldVisitor<V, Void> {
    @Override
    public Void text(TextField<V> field) {
      boolean filled = values.stream().anyMatch(v -> field.lens().get(v) != null);
      return leaf(field, filled);
    }

    @Override
    public Void amount(AmountField<V> field) {
      boolean filled = values.stream().anyMatch(v -> !field.lens().get(v).isBlank());
      return leaf(field, filled);
    }

    private Void leaf(Field<V> field, boolean filled) {
      facts.add(
          new Fact(
              join(label, SEPARATOR, field.label()),
              List.of(join(path, ".", field.label())),
              filled,
              Kind.FIELD));
      return null;
    }

    @Override
    public <S> Void group(GroupField<V, S> field) {
      List<S> inner = values.stream().map(field.lens()::get).toList();
      collect(
          field.fields(),
          inner,
          join(label, SEPARATOR, field.label()),
          join(path, ".", field.label()),
          facts);
      return null;
    }

    @Override
    public <E> Void list(ListField<V, E> field) {
      List<E> items = values.stream().flatMap(v -> field.lens().get(v).stream()).toList();
      collect(
          field.items().fields(),
          items,
          join(label, SEPARATOR, field.label()),
          join(path, ".", field.label()) + "[]",
          facts);
      return null;
    }

    /** The two value columns: either view of the indicators prints them, 指标值 as 年度指标值. */
    @Override
    public Void indicators(IndicatorTreeField<V> field) {
      IndicatorTreeField.Columns c = field.columns();
      List<IndicatorCategory> tree =
          values.stream().flatMap(v -> field.lens().get(v).stream()).toList();
      String rows = join(path, ".", c.rows()) + "[].";
      String leaves =
          join(path, ".", field.label()) + "[]." + c.level2() + "[]." + c.level3() + "[].";
      facts.add(
          new Fact(
              c.periodValue(),
              List.of(rows + c.periodValue(), leaves + c.periodValue()),
              hasDistinctPeriodValues(tree),
              Kind.PERIOD_VALUE));
      facts.add(
          new Fact(
              c.annualValue(),
              List.of(
                  rows + c.annualValue(),
                  rows + c.value(),
                  leaves + c.annualValue(),
                  leaves + c.value()),
              !tree.isEmpty(),
              Kind.ANNUAL_VALUE));
      return null;
    }
  }

  private static boolean hasDistinctPeriodValues(List<IndicatorCategory> tree) {
    return tree.stream()
        .flatMap(c -> c.subcategories().stream())
        .map(IndicatorSubcategory::indicators)
        .flatMap(List::stream)
        .anyMatch(i -> i.periodValue() != null && !i.hasSingleValue());
  }
}
