package org.declgen.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.IndicatorFramework;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.template.catalog.TemplateSet;

/** The indicator frameworks the repository's templates declare in their template.properties. */
public final class Frameworks {
  private Frameworks() {}

  private static TemplateCatalog catalog() {
    return new TemplateCatalog(Path.of("."), Messages.chinese());
  }

  /** The framework of one template ({@code gz-district}, {@code gd-municipal}). */
  public static IndicatorFramework of(String template) {
    try {
      return catalog().resolve(template).form().framework();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  /** The frameworks of every template, as {@code import} knows them. */
  public static List<IndicatorFramework> builtIn() {
    try {
      List<IndicatorFramework> frameworks = new ArrayList<>();
      for (TemplateSet t : catalog().list()) {
        frameworks.add(t.form().framework());
      }
      return frameworks;
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }
}
