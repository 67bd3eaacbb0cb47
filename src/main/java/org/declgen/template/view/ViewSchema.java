package org.declgen.template.view;

import freemarker.template.TemplateModel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.form.DepartmentForm;
import org.declgen.form.FormDescription;

/**
 * The names a template can use, read off the view of a value that has one of everything, so the
 * contract can never drift from what {@link TemplateView} really provides.
 */
public record ViewSchema(Kind kind, Map<String, ViewSchema> children, ViewSchema element) {
  /** What a name stands for. */
  public enum Kind {
    HASH,
    LIST,
    VALUE,
    UNKNOWN
  }

  public static final ViewSchema UNKNOWN = new ViewSchema(Kind.UNKNOWN, Map.of(), null);
  private static final ViewSchema VALUE = new ViewSchema(Kind.VALUE, Map.of(), null);

  /** The schema of a declaration's view (the 部门整体 form). */
  public static ViewSchema ofView() {
    return ofView(DepartmentForm.FORM);
  }

  /** The schema of the view of any form. */
  public static <T> ViewSchema ofView(FormDescription<T> form) {
    return of(TemplateView.of(form, Prototype.of(form)));
  }

  public Set<String> names() {
    return children.keySet();
  }

  /** Every name at every depth: the members of hashes, of list items, of theirs. */
  public Set<String> allNames() {
    Set<String> names = new LinkedHashSet<>(children.keySet());
    children.values().forEach(c -> names.addAll(c.allNames()));
    if (element != null) {
      names.addAll(element.allNames());
    }
    return names;
  }

  private static ViewSchema of(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, ViewSchema> children = new LinkedHashMap<>();
      map.forEach((k, v) -> children.put(k.toString(), of(v)));
      return new ViewSchema(Kind.HASH, children, null);
    }
    if (value instanceof List<?> list) {
      return new ViewSchema(Kind.LIST, Map.of(), list.isEmpty() ? UNKNOWN : of(list.get(0)));
    }
    if (value instanceof AmountModel) {
      // prints as a value; its exact value is one name below it
      return new ViewSchema(Kind.HASH, Map.of(AmountModel.EXACT, VALUE), null);
    }
    if (value instanceof TemplateModel || value instanceof String || value instanceof Number) {
      return VALUE;
    }
    return UNKNOWN;
  }
}
