package org.declgen.form;

import java.util.List;

/**
 * A list of records in the form's order (年度重点工作任务): a YAML sequence of mappings, a list of hashes
 * in the template view.
 *
 * @param items what each record holds
 */
public record ListField<T, E>(String label, Lens<T, List<E>> lens, Items<E> items, FieldNotes notes)
    implements Field<T> {

  /**
   * The records of a list.
   *
   * @param blank a record with nothing filled in, from which each one is built
   * @param fields the record's fields, in the form's order; the first is written after {@code - }
   * @param key the label of the field that names a record (diffs match records by it)
   * @param position the template view's name for a record's place in the list, from 1 ({@code 序号})
   * @param total the suffix naming the derived sum of each amount over the list ({@code 合计}), or
   *     null
   * @param schemaName the name of the record's definition in the JSON schema ({@code 任务})
   * @param schemaTitle the record's title in the JSON schema ({@code 重点工作任务})
   */
  public record Items<E>(
      E blank,
      List<Field<E>> fields,
      String key,
      String position,
      String total,
      String schemaName,
      String schemaTitle) {
    public Items {
      fields = List.copyOf(fields);
      keyField(fields, key);
    }

    /** The text field that names a record. */
    public TextField<E> keyField() {
      return keyField(fields, key);
    }

    private static <E> TextField<E> keyField(List<Field<E>> fields, String key) {
      for (Field<E> f : fields) {
        if (f.label().equals(key) && f instanceof TextField<E> text) {
          return text;
        }
      }
      throw new IllegalArgumentException("no text field named " + key);
    }

    /** A record's name: the text of its key field (null when blank). */
    public String nameOf(E item) {
      return keyField().lens().get(item);
    }
  }

  @Override
  public <R> R accept(FieldVisitor<T, R> visitor) {
    return visitor.list(this);
  }

  @Override
  public <U> ListField<U, E> through(Lens<U, T> outer) {
    return new ListField<>(label, lens.after(outer), items, notes);
  }
}
