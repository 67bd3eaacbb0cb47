package org.declgen.yaml;

import java.util.List;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldNotes;
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
 * Writes any form its description describes as canonical YAML: every key in the form's order,
 * blanks as {@code ~}, long texts as literal blocks, one indicator per line, the description's
 * comments. The same value always gives the same text, so a later edit diffs cleanly; reading it
 * back gives the same value.
 */
public final class FormWriter<T> {
  private static final String INDENT = "  ";

  private final FormDescription<T> form;
  private final boolean init;
  private final StringBuilder out = new StringBuilder(8 * 1024);

  private FormWriter(FormDescription<T> form, boolean init) {
    this.form = form;
    this.init = init;
  }

  /** The canonical text of {@code value}; the first line names the schema for editors. */
  public static <T> String write(FormDescription<T> form, T value, String schemaReference) {
    return new FormWriter<>(form, false).document(value, schemaReference);
  }

  /**
   * The text {@code init} writes: the canonical text with a comment on each field saying how to
   * fill it, and the form's closing advice.
   */
  public static <T> String init(FormDescription<T> form, T value, String schemaReference) {
    FormWriter<T> writer = new FormWriter<>(form, true);
    writer.document(value, schemaReference);
    form.notes().initFooter().forEach(l -> writer.line("# " + l));
    return writer.out.toString();
  }

  private String document(T value, String schemaReference) {
    line("# yaml-language-server: $schema=" + schemaReference);
    form.notes().header().forEach(l -> line("# " + l));
    fields(value, form.fields(), "", "");
    return out.toString();
  }

  /**
   * Writes {@code fields} of {@code value}; the first key line starts with {@code firstPrefix} (the
   * {@code - } of a list item), the others with {@code indent}.
   */
  private <V> void fields(V value, List<Field<V>> fields, String firstPrefix, String indent) {
    String prefix = firstPrefix.isEmpty() ? indent : firstPrefix;
    for (Field<V> f : fields) {
      if (f.accept(new Lines<>(value, prefix, indent))) {
        prefix = indent;
      }
    }
  }

  private String comment(FieldNotes notes) {
    String c = notes.comment() != null ? notes.comment() : init ? notes.initComment() : null;
    return c == null ? "" : "  # " + c;
  }

  /** Writes one field at its place; true when it wrote a line. */
  private final class Lines<V> implements FieldVisitor<V, Boolean> {
    private final V value;
    private final String prefix;
    private final String indent;

    Lines(V value, String prefix, String indent) {
      this.value = value;
      this.prefix = prefix;
      this.indent = indent;
    }

    @Override
    public Boolean text(TextField<V> field) {
      String text = field.lens().get(value);
      if (text == null && field.notes().optional()) {
        return false;
      }
      String comment = comment(field.notes());
      if (!field.rich()) {
        line(prefix + field.label() + ": " + YamlText.scalar(text) + comment);
      } else if (text == null) {
        line(prefix + field.label() + ": ~" + comment);
      } else if (!YamlText.isBlockSafe(text)) {
        line(prefix + field.label() + ": " + YamlText.quoted(text) + comment);
      } else {
        line(prefix + field.label() + ": |" + comment);
        for (String l : text.split("\n", -1)) {
          line(l.isEmpty() ? "" : indent + INDENT + l);
        }
      }
      return true;
    }

    @Override
    public Boolean amount(AmountField<V> field) {
      line(
          prefix
              + field.label()
              + ": "
              + amountText(field.lens().get(value))
              + comment(field.notes()));
      return true;
    }

    @Override
    public <S> Boolean group(GroupField<V, S> field) {
      S inner = field.lens().get(value);
      if (!field.inline()) {
        line(prefix + field.label() + ":" + comment(field.notes()));
        fields(inner, field.fields(), "", indent + INDENT);
        return true;
      }
      StringBuilder flow = new StringBuilder();
      for (Field<S> f : field.fields()) {
        flow.append(flow.length() == 0 ? "" : ", ")
            .append(f.label())
            .append(": ")
            .append(f.accept(new Flow<>(inner)));
      }
      line(prefix + field.label() + ": {" + flow + "}" + comment(field.notes()));
      return true;
    }

    @Override
    public <E> Boolean list(ListField<V, E> field) {
      List<E> items = field.lens().get(value);
      String comment = comment(field.notes());
      if (items.isEmpty()) {
        line(prefix + field.label() + ": []" + comment);
        return true;
      }
      line(prefix + field.label() + ":" + comment);
      for (E item : items) {
        fields(item, field.items().fields(), indent + INDENT + "- ", indent + INDENT + INDENT);
      }
      return true;
    }

    @Override
    public Boolean indicators(IndicatorTreeField<V> field) {
      List<IndicatorCategory> categories = field.lens().get(value);
      IndicatorTreeField.Columns c = field.columns();
      if (categories.isEmpty()) {
        line(prefix + field.label() + ": {}  # " + c.emptyComment());
        return true;
      }
      line(prefix + field.label() + ":" + comment(field.notes()));
      String level1 = indent + INDENT;
      String level2 = level1 + INDENT;
      for (IndicatorCategory category : categories) {
        if (category.subcategories().isEmpty()) {
          line(level1 + YamlText.scalar(category.label()) + ": {}");
          continue;
        }
        line(level1 + YamlText.scalar(category.label()) + ":");
        for (IndicatorSubcategory s : category.subcategories()) {
          if (s.indicators().isEmpty()) {
            line(level2 + YamlText.scalar(s.label()) + ": []");
            continue;
          }
          line(level2 + YamlText.scalar(s.label()) + ":");
          for (Indicator i : s.indicators()) {
            line(level2 + INDENT + "- " + indicator(i, c));
          }
        }
      }
      return true;
    }
  }

  /** A field's value inside a one-line group ({@code {基本支出: 1999.68, 项目支出: 13074.48}}). */
  private static final class Flow<S> implements FieldVisitor<S, String> {
    private final S value;

    Flow(S value) {
      this.value = value;
    }

    @Override
    public String text(TextField<S> field) {
      return YamlText.scalar(field.lens().get(value));
    }

    @Override
    public String amount(AmountField<S> field) {
      return amountText(field.lens().get(value));
    }

    @Override
    public <U> String group(GroupField<S, U> field) {
      throw new IllegalStateException("a one-line group holds texts and amounts only");
    }

    @Override
    public <E> String list(ListField<S, E> field) {
      throw new IllegalStateException("a one-line group holds texts and amounts only");
    }

    @Override
    public String indicators(IndicatorTreeField<S> field) {
      throw new IllegalStateException("a one-line group holds texts and amounts only");
    }
  }

  /** {@code {三级指标: …, 指标值: …}}, or both value columns when they differ. */
  private static String indicator(Indicator i, IndicatorTreeField.Columns c) {
    String values =
        i.hasSingleValue()
            ? c.value() + ": " + YamlText.scalar(i.annualValue())
            : c.periodValue()
                + ": "
                + YamlText.scalar(i.periodValue())
                + ", "
                + c.annualValue()
                + ": "
                + YamlText.scalar(i.annualValue());
    return "{" + c.level3() + ": " + YamlText.scalar(i.name()) + ", " + values + "}";
  }

  private static String amountText(Amount a) {
    return a.isBlank() ? "~" : a.value().toPlainString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
