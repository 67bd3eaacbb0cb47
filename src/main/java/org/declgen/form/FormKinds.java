package org.declgen.form;

import java.util.List;
import java.util.Optional;

/** The kinds of form declgen knows, by the name a template's {@code form=} gives them. */
public final class FormKinds {
  public static final List<FormDescription<?>> ALL = List.of(DepartmentForm.FORM);

  private FormKinds() {}

  public static Optional<FormDescription<?>> find(String kind) {
    return ALL.stream().filter(f -> f.kind().equals(kind)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(FormDescription::kind).toList();
  }
}
