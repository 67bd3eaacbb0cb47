package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.form.IndicatorFramework;
import org.declgen.importer.ImportResult;
import org.declgen.importer.Importer;
import org.declgen.internal.AtomicFiles;
import org.declgen.model.Declaration;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.DeclarationWriter;

/** {@code import}: a filled form → the canonical YAML, written completely or not at all. */
final class FormImport {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Templates templates;
  private final Optional<String> template;
  private final Path source;
  private final Path target;
  private final PathDisplay sourceDisplay;
  private final PathDisplay targetDisplay;

  /**
   * @param output the YAML file as given; by default the form's name with {@code .yaml}, beside it
   * @param template the command line's {@code -t}, recorded as the declaration's {@code 模板}
   */
  FormImport(
      Workspace workspace,
      SettingsLookup settings,
      Templates templates,
      String input,
      Optional<String> output,
      Optional<String> template) {
    this.workspace = workspace;
    this.settings = settings;
    this.templates = templates;
    this.template = template;
    this.source = workspace.resolve(input);
    this.sourceDisplay = PathDisplay.like(workspace.dir, input);
    this.target =
        output
            .map(workspace::resolve)
            .orElseGet(() -> source.resolveSibling(stem(source) + ".yaml"));
    this.targetDisplay = output.map(o -> PathDisplay.like(workspace.dir, o)).orElse(sourceDisplay);
  }

  /**
   * Imports the form and writes its YAML. What is wrong with the form (not there, not a form, of a
   * type import does not read) is said before that the YAML exists already: {@code import x.yaml}
   * names a declaration, whose own name is the default output.
   */
  Imported run(boolean force, boolean allowUnmapped) {
    ImportResult result;
    try {
      result = recorded(read());
    } catch (DiagnosticException e) {
      return outcome(Imported.Outcome.REFUSED, Findings.of(e.diagnostics()), null);
    } catch (IOException e) {
      return outcome(Imported.Outcome.UNREADABLE, Findings.NONE, null)
          .withProblem(FileProblem.of(FileProblem.Action.READ, source, e, sourceDisplay));
    }
    if (Files.exists(target) && !force) {
      return outcome(Imported.Outcome.EXISTS, Findings.NONE, null);
    }
    if (result.unmappedCount() > 0 && !allowUnmapped) {
      return outcome(Imported.Outcome.UNMAPPED, Findings.of(result.diagnostics()), result);
    }
    EditorSchema.Link schema = EditorSchema.forDeclaration(target);
    String yaml = DeclarationWriter.write(result.declaration(), schema.reference());
    try {
      // What import writes is read back first: a YAML that would not load is never written.
      new DeclarationReader(workspace.messages)
          .read(targetDisplay.show(target), yaml.getBytes(StandardCharsets.UTF_8));
    } catch (DiagnosticException e) {
      return outcome(Imported.Outcome.REFUSED, Findings.of(e.diagnostics()), null);
    }
    try {
      workspace.files.write(target, yaml.getBytes(StandardCharsets.UTF_8));
    } catch (AtomicFiles.Failure e) {
      return outcome(Imported.Outcome.NOT_WRITTEN, Findings.of(result.diagnostics()), result)
          .withProblem(
              FileProblem.of(FileProblem.Action.WRITE, target, e.getCause(), targetDisplay));
    }
    return outcome(Imported.Outcome.WRITTEN, Findings.of(result.diagnostics()), result)
        .withSchema(EditorSchema.placeFor(schema, workspace.files, targetDisplay));
  }

  /** Reads the form once; one too large to be a form is refused before it is read. */
  private ImportResult read() throws DiagnosticException, IOException {
    Importer importer = workspace.importer();
    String shown = sourceDisplay.show(source);
    if (Files.size(source) > Importer.MAX_FILE_BYTES) {
      return importer.importFile(source, shown);
    }
    return importer.importBytes(shown, workspace.read(source));
  }

  /**
   * The declaration's {@code 模板} as the YAML records it: {@code -t} when given; else what the form
   * showed (the importer names gd-municipal for a 市级 form); else — a 区级 form written into a folder
   * whose declgen.yaml chooses a template of another indicator framework — gz-district, so that the
   * declaration stays the form it was wherever it is.
   */
  private ImportResult recorded(ImportResult result) {
    Declaration d = result.declaration();
    if (template.isPresent()) {
      return new ImportResult(d.withTemplate(template.get()), result.diagnostics());
    }
    ProjectSettings folder = settings.forFile(target);
    if (d.template() != null || folder.template().isEmpty()) {
      return result;
    }
    try {
      IndicatorFramework folders =
          templates.resolve(TemplateChoice.of(template, folder)).framework();
      IndicatorFramework district = templates.resolve(TemplateChoice.DEFAULT).framework();
      return folders.levels().equals(district.levels())
          ? result
          : new ImportResult(d.withTemplate(TemplateChoice.DEFAULT.spec()), result.diagnostics());
    } catch (DiagnosticException e) {
      return result;
    }
  }

  private Imported outcome(Imported.Outcome outcome, Findings findings, ImportResult result) {
    return new Imported(
        outcome,
        sourceDisplay.show(source),
        targetDisplay.show(target),
        findings,
        Optional.ofNullable(result).map(ImportResult::declaration),
        result == null ? 0 : result.unmappedCount(),
        Optional.empty(),
        Optional.empty());
  }

  private static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }
}
