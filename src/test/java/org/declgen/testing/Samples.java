package org.declgen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.LoadedDeclaration;

/** The repository's sample declaration and helpers to load test inputs. */
public final class Samples {
  public static final Path NANSHA = Path.of("data/nansha-zwsj.yaml");

  private Samples() {}

  public static LoadedDeclaration load(Path file) {
    try {
      return new DeclarationReader(Messages.chinese()).read(file);
    } catch (DiagnosticException e) {
      throw new AssertionError("sample does not load: " + e.diagnostics(), e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public static Declaration nansha() {
    return load(NANSHA).declaration();
  }

  /** Reads YAML given as text; the name stands in for the file name in positions. */
  public static LoadedDeclaration parse(String name, String yaml) throws DiagnosticException {
    return new DeclarationReader(Messages.chinese())
        .read(name, yaml.getBytes(StandardCharsets.UTF_8));
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
