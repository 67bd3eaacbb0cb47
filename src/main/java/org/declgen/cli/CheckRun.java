package org.declgen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declgen.check.Checker;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.form.IndicatorFramework;
import org.declgen.template.TemplateCatalog;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.LoadedDeclaration;

/**
 * Loads one declaration and runs the checks, as both {@code check} and {@code render} do.
 *
 * @param loaded the declaration, absent when it could not be read
 * @param diagnostics settings problems, loader errors and rule findings, in that order
 */
record CheckRun(Optional<LoadedDeclaration> loaded, List<Diagnostic> diagnostics) {
  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * @param shown the file's path as the user should see it (relative to the working directory)
   * @param templateOverride a template id from the command line, or empty for the settings'
   */
  static CheckRun of(CliContext ctx, Path file, String shown, Optional<String> templateOverride)
      throws IOException {
    ProjectSettings settings = ProjectSettings.forInput(file, ctx.workingDir, ctx.messages);
    List<Diagnostic> all = new ArrayList<>(settings.problems());
    try {
      IndicatorFramework framework =
          ctx.catalog()
              .resolve(templateOverride.or(settings::template).orElse(TemplateCatalog.DEFAULT_ID))
              .form()
              .framework();
      LoadedDeclaration loaded = new DeclarationReader(ctx.messages).read(file, shown);
      all.addAll(new Checker(ctx.messages, settings.config(), framework).check(loaded));
      return new CheckRun(Optional.of(loaded), all);
    } catch (DiagnosticException e) {
      all.addAll(e.diagnostics());
      return new CheckRun(Optional.empty(), all);
    }
  }
}
