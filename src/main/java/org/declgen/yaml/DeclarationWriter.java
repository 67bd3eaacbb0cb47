package org.declgen.yaml;

import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;

/**
 * Writes a declaration as canonical YAML, as {@link DepartmentForm} describes it (see {@link
 * FormWriter}); the first line names the repository's schema for editors.
 */
public final class DeclarationWriter {
  /** Where the schema stands seen from a declaration in a folder beside {@code schema/}. */
  public static final String SCHEMA_REFERENCE = "../schema/declaration.schema.json";

  private DeclarationWriter() {}

  public static String write(Declaration d) {
    return write(d, SCHEMA_REFERENCE);
  }

  /** With the schema reference as seen from where the file is written. */
  public static String write(Declaration d, String schemaReference) {
    return FormWriter.write(DepartmentForm.FORM, d, schemaReference);
  }

  /** Plain when YAML reads it back as the same text, double-quoted otherwise. */
  static String scalar(String text) {
    return YamlText.scalar(text);
  }
}
