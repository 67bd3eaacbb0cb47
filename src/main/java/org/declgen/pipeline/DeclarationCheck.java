package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.declgen.check.Checker;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.form.PrintedValues;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.DecodedText;
import org.declgen.yaml.LoadedDeclaration;

/**
 * Reads one declaration file once, loads it, chooses its template and runs the reviewer's checks
 * with that template's framework: what {@code check} reports and {@code render} runs first.
 */
final class DeclarationCheck {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Templates templates;
  private final Loader loader;

  DeclarationCheck(Workspace workspace, SettingsLookup settings, Templates templates) {
    this.workspace = workspace;
    this.settings = settings;
    this.templates = templates;
    this.loader = new Loader(workspace.messages);
  }

  /**
   * @param template the command line's {@code -t}, if given
   */
  Checked run(InputFile file, Optional<String> template) {
    String shown = file.shown();
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > DeclarationReader.MAX_FILE_BYTES) {
        return Checked.notLoaded(file, Findings.of(List.of(loader.tooLarge(shown, size))));
      }
      bytes = workspace.read(file.path());
    } catch (IOException e) {
      return Checked.unreadable(file, problem(file, e));
    }
    DecodedText text = loader.decode(shown, bytes);
    if (file.foundInFolder() && !Inputs.isDeclaration(text.asRead())) {
      return Checked.skipped(file);
    }
    ProjectSettings applying = settings.forFile(file.path());
    Loaded loaded = loader.load(shown, bytes.length, text);
    if (loaded.declaration().isEmpty()) {
      return Checked.notLoaded(file, applying.findings().and(loaded.findings()));
    }
    LoadedDeclaration declaration = loaded.declaration().get();
    ResolvedTemplate chosen;
    try {
      chosen =
          templates.resolve(
              TemplateChoice.of(template, TemplateChoice.declared(declaration), applying));
    } catch (DiagnosticException e) {
      return Checked.notLoaded(
          file, applying.findings().and(Findings.of(e.diagnostics())).and(loaded.findings()));
    }
    List<Diagnostic> found =
        new Checker(
                workspace.messages,
                applying.config(),
                chosen.framework(),
                () -> printedValues(chosen))
            .check(declaration);
    return new Checked(
        file,
        Checked.Kind.CHECKED,
        Optional.of(declaration),
        Optional.of(chosen),
        applying.findings().and(Findings.of(found, loaded.source())),
        Optional.empty());
  }

  /**
   * Which value columns the chosen Word template prints, compiling it (once per run, kept on disk
   * between runs); both when it does not compile, whose error {@code render} reports.
   */
  private static PrintedValues printedValues(ResolvedTemplate chosen) {
    try {
      return chosen.renderer().printedValues();
    } catch (DiagnosticException e) {
      return PrintedValues.both(chosen.id());
    }
  }

  private static FileProblem problem(InputFile file, IOException e) {
    return FileProblem.of(FileProblem.Action.READ, file.path(), e, file.display());
  }
}
