package org.declgen.check;

import java.math.RoundingMode;
import java.util.List;
import org.declgen.form.AmountField;
import org.declgen.form.AmountFormat;
import org.declgen.form.DepartmentForm;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;

/**
 * Issue 10: an amount with more than two decimals (copied from a spreadsheet) is printed rounded to
 * two, so the form shows another figure than the YAML holds. Every amount the form describes is
 * looked at; sums are still checked on the exact values.
 */
final class AmountPrecisionRule implements Rule {
  @Override
  public String id() {
    return "amount.precision";
  }

  @Override
  public void check(CheckContext ctx) {
    fields(ctx, DepartmentForm.FORM.fields(), ctx.declaration(), "", "");
  }

  private <V> void fields(
      CheckContext ctx, List<Field<V>> fields, V value, String path, String label) {
    for (Field<V> f : fields) {
      f.accept(new Amounts<>(ctx, value, path, label));
    }
  }

  private static String join(String prefix, String separator, String name) {
    return prefix.isEmpty() ? name : prefix + separator + name;
  }

  /** Looks at the amounts of one field, wherever they stand. */
  private final class Amounts<V> implements FieldVisitor<V, Void> {
    private final CheckContext ctx;
    private final V value;
    private final String path;
    private final String label;

    Amounts(CheckContext ctx, V value, String path, String label) {
      this.ctx = ctx;
      this.value = value;
      this.path = path;
      this.label = label;
    }

    @Override
    public Void amount(AmountField<V> field) {
      Amount a = field.lens().get(value);
      if (AmountFormat.isRounded(a)) {
        ctx.report(
            AmountPrecisionRule.this,
            join(path, ".", field.label()),
            null,
            join(label, " › ", field.label()),
            a.value().toPlainString(),
            AmountFormat.format(a),
            a.value().setScale(AmountFormat.PRINTED_SCALE, RoundingMode.HALF_UP).toPlainString());
      }
      return null;
    }

    @Override
    public <S> Void group(GroupField<V, S> field) {
      fields(
          ctx,
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
            ctx,
            field.items().fields(),
            items.get(i),
            join(path, ".", field.label()) + "[" + i + "]",
            join(label, " › ", field.label()) + " › " + (name == null ? i + 1 : name));
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
