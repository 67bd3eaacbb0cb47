package org.declgen.yaml;

import java.util.ArrayList;
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
 * Writes any form its description describes as canonical YAML: every key in the form's order on a
 * line of its own ({@code 基本支出: 1999.68} under its group, never inside {@code {…}}, where a
 * thousands comma or a comma in a text splits the value), blanks as {@code ~}, long texts as
 * literal blocks, one indicator per line (one row of the printed form), the description's comments.
 * The same value always gives the same text, so a later edit diffs cleanly; reading it back gives
 * the same value. Given the comments a clerk wrote ({@link Comments}), it puts each back by its
 * key.
 */
public final class FormWriter<T> {
  private static final String INDENT = "  ";

  private final FormDescription<T> form;
  private final boolean init;
  private final Comments.Taken comments;
  private final StringBuilder out = new StringBuilder(8 * 1024);

  /** The header lines written first; comments that repeat them are not written again. */
  private final List<String> header = new ArrayList<>();

  /** No key line is written yet: comments above the first key belong to the file's head. */
  private boolean inHead = true;

  private FormWriter(FormDescription<T> form, boolean init, Comments comments) {
    this.form = form;
    this.init = init;
    this.comments = comments.take();
  }

  /** The canonical text of {@code value}; the first line names the schema for editors. */
  public static <T> String write(FormDescription<T> form, T value, String schemaReference) {
    return write(form, value, schemaReference, Comments.NONE);
  }

  /** The canonical text of {@code value} with a clerk's comments kept by their keys. */
  public static <T> String write(
      FormDescription<T> form, T value, String schemaReference, Comments comments) {
    FormWriter<T> writer = new FormWriter<>(form, false, comments);
    writer.document(value, schemaReference);
    writer.comments.rest().forEach(c -> writer.line("#" + c));
    return writer.out.toString();
  }

  /**
   * The text {@code init} writes: the canonical text with a comment on each field saying how to
   * fill it, and the form's closing advice.
   */
  public static <T> String init(FormDescription<T> form, T value, String schemaReference) {
    FormWriter<T> writer = new FormWriter<>(form, true, Comments.NONE);
    writer.document(value, schemaReference);
    form.notes().initFooter().forEach(l -> writer.line("# " + l));
    return writer.out.toString();
  }

  private void document(T value, String schemaReference) {
    header.add(" yaml-language-server: $schema=" + schemaReference);
    form.notes().header().forEach(l -> header.add(" " + l));
    header.forEach(c -> line("#" + c));
    for (String c : comments.head()) {
      if (!repeatsHeader(c)) {
        line("#" + c);
      }
    }
    fields(value, form.fields(), "", "", "");
  }

  /**
   * Writes {@code fields} of {@code value}; the first key line starts with {@code firstPrefix} (the
   * {@code - } of a list item), the others with {@code indent}. {@code path} is the key path of the
   * mapping they are in, as {@link SourceMap} names it.
   */
  private <V> void fields(
      V value, List<Field<V>> fields, String firstPrefix, String indent, String path) {
    String prefix = firstPrefix.isEmpty() ? indent : firstPrefix;
    for (Field<V> f : fields) {
      if (f.accept(new Lines<>(value, prefix, indent, path))) {
        prefix = indent;
      }
    }
  }

  private String described(FieldNotes notes) {
    return notes.comment() != null ? notes.comment() : init ? notes.initComment() : null;
  }

  /**
   * Writes one line that stands for the keys or list items {@code paths}: their comments above it,
   * then the line with the first of their comments beside it (else {@code described}, the form's).
   */
  private void keyLine(String text, String described, String... paths) {
    String lead = text.substring(0, text.length() - text.stripLeading().length());
    String beside = null;
    for (String p : paths) {
      for (String c : comments.above(p)) {
        // above the first key stands the head, which is written without the header's repeats;
        // skipping them here too keeps formatting the output again from changing it
        if (!(inHead && repeatsHeader(c))) {
          line(lead + "#" + c);
        }
      }
    }
    inHead = false;
    for (String p : paths) {
      String c = comments.beside(p);
      if (c != null && beside == null) {
        beside = c;
      } else if (c != null) {
        line(lead + "#" + c);
      }
    }
    if (beside != null) {
      line(text + "  #" + beside);
    } else {
      line(described == null ? text : text + "  # " + described);
    }
  }

  private boolean repeatsHeader(String comment) {
    return header.stream().anyMatch(h -> h.strip().equals(comment.strip()));
  }

  private static String join(String path, String key) {
    return NodeReader.join(path, key);
  }

  /** Writes one field at its place; true when it wrote a line. */
  private final class Lines<V> implements FieldVisitor<V, Boolean> {
    private final V value;
    private final String prefix;
    private final String indent;
    private final String path;

    Lines(V value, String prefix, String indent, String path) {
      this.value = value;
      this.prefix = prefix;
      this.indent = indent;
      this.path = path;
    }

    /** The paths the first line of a list item stands for: the item's and its first key's. */
    private String[] paths(String key) {
      String at = join(path, key);
      return prefix.endsWith("- ") ? new String[] {path, at} : new String[] {at};
    }

    @Override
    public Boolean text(TextField<V> field) {
      String text = field.lens().get(value);
      String at = join(path, field.label());
      if (text == null && field.notes().optional() && !comments.has(at)) {
        return false;
      }
      String described = described(field.notes());
      String key = prefix + field.label() + ": ";
      if (!field.rich()) {
        keyLine(key + YamlText.scalar(text), described, paths(field.label()));
      } else if (text == null) {
        keyLine(key + "~", described, paths(field.label()));
      } else if (!YamlText.isBlockSafe(text)) {
        keyLine(key + YamlText.quoted(text), described, paths(field.label()));
      } else {
        keyLine(key + "|", described, paths(field.label()));
        for (String l : text.split("\n", -1)) {
          line(l.isEmpty() ? "" : indent + INDENT + l);
        }
      }
      return true;
    }

    @Override
    public Boolean amount(AmountField<V> field) {
      keyLine(
          prefix + field.label() + ": " + amountText(field.lens().get(value)),
          described(field.notes()),
          paths(field.label()));
      return true;
    }

    @Override
    public <S> Boolean group(GroupField<V, S> field) {
      keyLine(prefix + field.label() + ":", described(field.notes()), paths(field.label()));
      fields(
          field.lens().get(value), field.fields(), "", indent + INDENT, join(path, field.label()));
      return true;
    }

    @Override
    public <E> Boolean list(ListField<V, E> field) {
      List<E> items = field.lens().get(value);
      String described = described(field.notes());
      String at = join(path, field.label());
      if (items.isEmpty()) {
        keyLine(prefix + field.label() + ": []", described, paths(field.label()));
        return true;
      }
      keyLine(prefix + field.label() + ":", described, paths(field.label()));
      for (int i = 0; i < items.size(); i++) {
        fields(
            items.get(i),
            field.items().fields(),
            indent + INDENT + "- ",
            indent + INDENT + INDENT,
            NodeReader.index(at, i));
      }
      return true;
    }

    @Override
    public Boolean indicators(IndicatorTreeField<V> field) {
      List<IndicatorCategory> categories = field.lens().get(value);
      IndicatorTreeField.Columns c = field.columns();
      String at = join(path, field.label());
      if (categories.isEmpty()) {
        keyLine(prefix + field.label() + ": {}", c.emptyComment(), paths(field.label()));
        return true;
      }
      keyLine(prefix + field.label() + ":", described(field.notes()), paths(field.label()));
      String level1 = indent + INDENT;
      String level2 = level1 + INDENT;
      for (IndicatorCategory category : categories) {
        String path1 = join(at, category.label());
        if (category.subcategories().isEmpty()) {
          keyLine(level1 + YamlText.scalar(category.label()) + ": {}", null, path1);
          continue;
        }
        keyLine(level1 + YamlText.scalar(category.label()) + ":", null, path1);
        for (IndicatorSubcategory s : category.subcategories()) {
          String path2 = join(path1, s.label());
          if (s.indicators().isEmpty()) {
            keyLine(level2 + YamlText.scalar(s.label()) + ": []", null, path2);
            continue;
          }
          keyLine(level2 + YamlText.scalar(s.label()) + ":", null, path2);
          for (int i = 0; i < s.indicators().size(); i++) {
            String item = NodeReader.index(path2, i);
            List<String> paths = new ArrayList<>(List.of(item));
            c.indicatorKeys().forEach(k -> paths.add(join(item, k)));
            keyLine(
                level2 + INDENT + "- " + indicator(s.indicators().get(i), c),
                null,
                paths.toArray(String[]::new));
          }
        }
      }
      return true;
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
