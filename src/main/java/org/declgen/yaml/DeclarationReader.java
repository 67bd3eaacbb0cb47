package org.declgen.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;

/**
 * Reads a declaration YAML file into the model, as {@link DepartmentForm} describes it. Every
 * problem found is reported with its file, line and column; a file with any error yields no
 * declaration at all.
 */
public final class DeclarationReader {
  /** Declarations are a few kilobytes; anything this large is not one. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private final Messages messages;
  private final FormReader<Declaration> reader;

  public DeclarationReader(Messages messages) {
    this.messages = messages;
    this.reader = new FormReader<>(DepartmentForm.FORM, messages);
  }

  public LoadedDeclaration read(Path file) throws DiagnosticException, IOException {
    return read(file, file.toString());
  }

  /** Reads {@code file}, naming it {@code name} in diagnostics and the source map. */
  public LoadedDeclaration read(Path file, String name) throws DiagnosticException, IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(name),
              "yaml.too-large",
              messages.get("yaml.too-large", size / 1024, MAX_FILE_BYTES / 1024),
              messages.get("yaml.hint.too-large")));
    }
    return read(name, Files.readAllBytes(file));
  }

  public LoadedDeclaration read(String file, byte[] bytes) throws DiagnosticException {
    return loaded(reader.read(file, bytes));
  }

  /** Reads a file's text decoded once by the caller; its problems, if any, are thrown. */
  public LoadedDeclaration read(String file, DecodedText text) throws DiagnosticException {
    if (!text.problems().isEmpty()) {
      throw new DiagnosticException(text.problems());
    }
    return loaded(reader.read(file, text.text()));
  }

  private static LoadedDeclaration loaded(LoadedForm<Declaration> loaded) {
    return new LoadedDeclaration(
        loaded.value(), loaded.sourceMap(), loaded.lines(), loaded.warnings());
  }
}
