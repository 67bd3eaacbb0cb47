package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.importer.ImportResult;
import org.declgen.model.Declaration;
import org.declgen.yaml.DecodedText;

/**
 * {@code textconv FILE}: reads the file once, loads it (YAML, or a Word/Excel form through import),
 * chooses its template as every command does (so a declaration that names {@code 模板} is shown in
 * that template's layout), and renders the review Markdown.
 */
final class TextconvRun {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Templates templates;
  private Findings findings = Findings.NONE;

  /** The template the file itself names ({@code 模板}), once it is loaded. */
  private Optional<ProjectSettings.Named> declared = Optional.empty();

  /** Cells of a Word or Excel form that import left out of the declaration. */
  private long notImported;

  TextconvRun(Workspace workspace, SettingsLookup settings, Templates templates) {
    this.workspace = workspace;
    this.settings = settings;
    this.templates = templates;
  }

  /** Word and Excel forms are read through import; everything else is YAML. */
  static boolean isForm(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".docx") || lower.endsWith(".xlsx");
  }

  Textconv run(String argument, Optional<String> template) {
    Path file = workspace.resolve(argument);
    PathDisplay display = PathDisplay.like(workspace.dir, argument);
    byte[] bytes;
    try {
      bytes = workspace.read(file);
    } catch (IOException e) {
      FileProblem problem = FileProblem.of(FileProblem.Action.READ, file, e, display);
      return new Textconv(Optional.empty(), "", false, Findings.NONE, Optional.of(problem));
    }
    Source source = Source.of(display.show(file), bytes);
    String name = file.getFileName() == null ? argument : file.getFileName().toString();
    boolean form = isForm(name);
    Optional<String> markdown =
        asItIs(name, bytes, form)
            ? Optional.empty()
            : declaration(source, bytes, form)
                .flatMap(d -> markdown(d, file, template))
                .map(m -> withIncompleteNote(m, display.show(file)));
    String original = form ? source.text() : DecodedText.printable(bytes);
    return new Textconv(markdown, original, form, findings, Optional.empty());
  }

  /**
   * The settings file, and YAML that is no declaration (a CI workflow, say), are shown as they are
   * and without complaint: a {@code *.yaml} pattern in .gitattributes catches them too.
   */
  private static boolean asItIs(String name, byte[] bytes, boolean form) {
    return name.equals(Inputs.SETTINGS) || (!form && !Inputs.isDeclaration(bytes));
  }

  private Optional<Declaration> declaration(Source source, byte[] bytes, boolean form) {
    if (form) {
      try {
        ImportResult imported = workspace.importer().importBytes(source.name(), bytes);
        findings = Findings.of(imported.diagnostics());
        notImported = imported.unmappedCount();
        declared = TemplateChoice.declared(imported.declaration(), source.name());
        return Optional.of(imported.declaration());
      } catch (DiagnosticException e) {
        findings = Findings.of(e.diagnostics());
        return Optional.empty();
      }
    }
    Loaded loaded = new Loader(workspace.messages).load(source.name(), bytes);
    findings = loaded.findings();
    declared = loaded.declaration().flatMap(TemplateChoice::declared);
    return loaded.declaration().map(l -> l.declaration());
  }

  /**
   * The review Markdown of a form whose import left cells out says so in its first line: git shows
   * only this text, so a reviewer would otherwise read a partial form as the whole one.
   */
  private String withIncompleteNote(String markdown, String shown) {
    if (notImported == 0) {
      return markdown;
    }
    return "> "
        + workspace.messages.get("textconv.form.incomplete", shown, notImported)
        + "\n\n"
        + markdown;
  }

  private Optional<String> markdown(Declaration d, Path file, Optional<String> template) {
    ProjectSettings applying = settings.forFile(file);
    ResolvedTemplate chosen;
    try {
      chosen = templates.resolve(TemplateChoice.of(template, declared, applying));
    } catch (DiagnosticException e) {
      findings = findings.and(new Findings(e.diagnostics(), applying.findings().sources()));
      return Optional.empty();
    }
    try {
      return Optional.of(chosen.renderer().markdown(d));
    } catch (DiagnosticException e) {
      findings = findings.and(Findings.of(e.diagnostics(), chosen.markdownSource()));
      return Optional.empty();
    }
  }
}
