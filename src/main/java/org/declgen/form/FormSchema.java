package org.declgen.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of a form's YAML files, made from its description: what editors use to complete
 * keys and explain them (titles and descriptions in Chinese). The repository's {@code
 * schema/declaration.schema.json} is this schema of {@link DepartmentForm}; a test keeps the two
 * equal.
 */
public final class FormSchema {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  /**
   * What the loader accepts as an amount ({@code yaml.AmountParser}): a plain or comma-grouped
   * decimal, or nothing.
   */
  private static final String AMOUNT_PATTERN =
      "^\\s*([-+]?\\d+(\\.\\d+)?|[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?)?\\s*$";

  private static final String AMOUNT = "金额";

  private final FormNotes form;
  private final Map<String, Object> defs = new LinkedHashMap<>();

  private FormSchema(FormNotes form) {
    this.form = form;
  }

  /** The schema as the committed file holds it; {@code id} is the schema's {@code $id}. */
  public static <T> String write(FormDescription<T> description, String id) {
    FormSchema schema = new FormSchema(description.notes());
    Map<String, Object> properties = schema.properties(description.fields());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", DRAFT);
    root.put("$id", id);
    root.put("title", description.notes().title());
    root.put("description", description.notes().schema());
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.put("properties", properties);
    root.put("$defs", schema.defs);
    return Json.write(root);
  }

  private <T> Map<String, Object> properties(List<Field<T>> fields) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Field<T> f : fields) {
      properties.put(f.label(), f.accept(new Of<>()));
    }
    return properties;
  }

  /** One field's schema. */
  private final class Of<T> implements FieldVisitor<T, Map<String, Object>> {
    @Override
    public Map<String, Object> text(TextField<T> field) {
      return textSchema(field.notes().titleOr(field.label()), field.notes().schema());
    }

    @Override
    public Map<String, Object> amount(AmountField<T> field) {
      Map<String, Object> m = titled(field.label(), field.notes());
      m.putAll(ref(amountDef()));
      return m;
    }

    @Override
    public <S> Map<String, Object> group(GroupField<T, S> field) {
      Map<String, Object> m = titled(field.label(), field.notes());
      m.put("anyOf", orNull(closedObject(properties(field.fields()))));
      return m;
    }

    @Override
    public <E> Map<String, Object> list(ListField<T, E> field) {
      ListField.Items<E> items = field.items();
      if (!defs.containsKey(items.schemaName())) {
        defs.put(items.schemaName(), null);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", items.schemaTitle());
        item.putAll(closedObject(properties(items.fields())));
        defs.put(items.schemaName(), item);
      }
      Map<String, Object> m = titled(field.label(), field.notes());
      m.put("anyOf", orNull(array(ref(items.schemaName()))));
      return m;
    }

    @Override
    public Map<String, Object> indicators(IndicatorTreeField<T> field) {
      IndicatorTreeField.Columns c = field.columns();
      IndicatorTreeField.Explanations x = c.schema();
      Map<String, Object> level1 = described(c.level1(), x.level1());
      level1.put("anyOf", orNull(openObject(ref(c.level2()))));
      defs.put(c.level1(), level1);
      Map<String, Object> level2 = described(c.level2(), x.level2());
      level2.put("anyOf", orNull(array(ref(c.level3()))));
      defs.put(c.level2(), level2);
      defs.put(c.level3(), indicator(c, x));
      Map<String, Object> m = titled(field.label(), field.notes());
      m.put("anyOf", orNull(openObject(ref(c.level1()))));
      return m;
    }
  }

  /** One 三级: its name is required; 指标值 stands for both values, so not beside either. */
  private static Map<String, Object> indicator(
      IndicatorTreeField.Columns c, IndicatorTreeField.Explanations x) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(c.level3(), textSchema(c.level3(), x.level3()));
    properties.put(c.value(), textSchema(c.value(), x.value()));
    properties.put(c.periodValue(), textSchema(c.periodValue(), x.periodValue()));
    properties.put(c.annualValue(), textSchema(c.annualValue(), x.annualValue()));
    Map<String, Object> m = described(c.level3(), x.indicator());
    m.put("type", "object");
    m.put("additionalProperties", false);
    m.put("required", List.of(c.level3()));
    m.put("properties", properties);
    Map<String, Object> not = new LinkedHashMap<>();
    not.put("required", List.of(c.value()));
    not.put(
        "anyOf",
        List.of(
            Map.of("required", List.of(c.periodValue())),
            Map.of("required", List.of(c.annualValue()))));
    m.put("not", not);
    return m;
  }

  private String amountDef() {
    if (!defs.containsKey(AMOUNT)) {
      Map<String, Object> m = described(form.amountTitle(), form.amountSchema());
      m.put(
          "anyOf",
          List.of(
              Map.of("type", "number"),
              Map.of("type", "null"),
              typed("string", "pattern", AMOUNT_PATTERN)));
      defs.put(AMOUNT, m);
    }
    return AMOUNT;
  }

  /** YAML reads {@code 2025} as a number and {@code 是} may be a boolean; all are text here. */
  private static Map<String, Object> textSchema(String title, String description) {
    Map<String, Object> m = described(title, description);
    m.put("type", List.of("string", "number", "boolean", "null"));
    return m;
  }

  private static Map<String, Object> titled(String label, FieldNotes notes) {
    return described(notes.titleOr(label), notes.schema());
  }

  private static Map<String, Object> described(String title, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    if (description != null) {
      m.put("description", description);
    }
    return m;
  }

  private static List<Object> orNull(Map<String, Object> schema) {
    return List.of(Map.of("type", "null"), schema);
  }

  private static Map<String, Object> closedObject(Map<String, Object> properties) {
    Map<String, Object> m = typed("object", "additionalProperties", false);
    m.put("properties", properties);
    return m;
  }

  private static Map<String, Object> openObject(Map<String, Object> values) {
    return typed("object", "additionalProperties", values);
  }

  private static Map<String, Object> array(Map<String, Object> items) {
    return typed("array", "items", items);
  }

  private static Map<String, Object> typed(String type, String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put(key, value);
    return m;
  }

  private static Map<String, Object> ref(String def) {
    return Map.of("$ref", "#/$defs/" + def);
  }
}
