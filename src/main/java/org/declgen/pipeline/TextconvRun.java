package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.importer.ImportResult;
import org.declgen.importer.Importer;
import org.declgen.model.Declaration;

/**
 * {@code textconv FILE}: reads the file once, loads it (YAML, or a Word/Excel form through import),
 * chooses its template as every command does, and renders the review Markdown.
 */
final class TextconvRun {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Templates templates;

  TextconvRun(Workspace workspace, SettingsLookup settings, Templates templates) {
    this.workspace = workspace;
    this.settings = settings;
    this.templates = templates;
  }

  /** Word and Excel forms are read through import; everything else is YAML. */
  static boolean isForm(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".*\\.(docx|xlsx)");
  }

  Textconv run(String argument, Optional<String> template) {
    Path file = workspace.resolve(argument);
    PathDisplay display = PathDisplay.like(workspace.dir, argument);
    String shown = display.show(file);
    String name = file.getFileName() == null ? argument : file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = workspace.read(file);
    } catch (IOException e) {
      FileProblem problem = FileProblem.of(FileProblem.Action.READ, file, e, display);
      return new Textconv(Optional.empty(), "", false, Findings.NONE, Optional.of(problem));
    }
    Source source = Source.of(shown, bytes);
    boolean form = isForm(name);
    Textconv asIs =
        new Textconv(Optional.empty(), source.text(), form, Findings.NONE, Optional.empty());
    if (name.equals(Inputs.SETTINGS)) {
      return asIs;
    }
    Findings findings = Findings.NONE;
    try {
      Declaration declaration;
      if (form) {
        ImportResult imported = new Importer(workspace.messages).importBytes(shown, bytes);
        findings = Findings.of(imported.diagnostics());
        declaration = imported.declaration();
      } else {
        Loaded loaded = new Loader(workspace.messages).load(shown, bytes);
        findings = loaded.findings();
        if (loaded.declaration().isEmpty()) {
          return withFindings(asIs, findings);
        }
        declaration = loaded.declaration().get().declaration();
      }
      ProjectSettings applying = settings.forFile(file);
      ResolvedTemplate chosen;
      try {
        chosen = templates.resolve(TemplateChoice.of(template, applying));
      } catch (DiagnosticException e) {
        Findings named = new Findings(e.diagnostics(), applying.findings().sources());
        return withFindings(asIs, findings.and(named));
      }
      String markdown = chosen.renderer().markdown(declaration);
      return new Textconv(Optional.of(markdown), source.text(), form, findings, Optional.empty());
    } catch (DiagnosticException e) {
      return withFindings(asIs, findings.and(Findings.of(e.diagnostics())));
    }
  }

  private static Textconv withFindings(Textconv t, Findings findings) {
    return new Textconv(t.markdown(), t.original(), t.isForm(), findings, t.problem());
  }
}
