package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.internal.AtomicFiles;
import org.declgen.model.Declaration;
import org.declgen.render.OutputFormat;
import org.declgen.render.StaleOutputs;

/**
 * Renders one declaration file: check, render every format in memory, then write them as a set (or,
 * for {@code --check}, compare them with the files on disk). Runs on worker threads; prints
 * nothing.
 */
final class FileRender {
  private final Workspace workspace;
  private final DeclarationCheck check;
  private final RenderOptions options;
  private final Path outputDir;
  private final PathDisplay outputDisplay;

  FileRender(Workspace workspace, DeclarationCheck check, RenderOptions options) {
    this.workspace = workspace;
    this.check = check;
    this.options = options;
    this.outputDir = workspace.resolve(options.outputDir());
    this.outputDisplay = PathDisplay.like(workspace.dir, options.outputDir());
  }

  Rendered run(InputFile file) {
    Checked checked = check.run(file, options.template());
    return switch (checked.kind()) {
      case SKIPPED -> Rendered.of(file, Rendered.Outcome.SKIPPED, Findings.NONE);
      case UNREADABLE ->
          Rendered.of(file, Rendered.Outcome.UNREADABLE, Findings.NONE)
              .withProblem(checked.problem().orElseThrow());
      case NOT_LOADED -> Rendered.of(file, Rendered.Outcome.NOT_LOADED, checked.findings());
      case CHECKED -> render(checked);
    };
  }

  private Rendered render(Checked checked) {
    boolean errors = checked.findings().hasErrors();
    if (errors && !options.force()) {
      return Rendered.of(checked.file(), Rendered.Outcome.BLOCKED, checked.findings());
    }
    ResolvedTemplate template = checked.template().orElseThrow();
    Declaration declaration = checked.declaration().orElseThrow().declaration();
    Map<Path, byte[]> outputs;
    List<String> unprinted;
    try {
      outputs = targets(checked.file(), template.renderer().render(declaration, options.formats()));
      unprinted =
          options.formats().contains(OutputFormat.DOCX)
              ? template.renderer().unprintedFields(declaration)
              : List.of();
    } catch (DiagnosticException e) {
      return Rendered.of(
              checked.file(),
              e.diagnostics().stream().allMatch(d -> d.code().startsWith("pdf."))
                  ? Rendered.Outcome.PRINT_FAILED
                  : Rendered.Outcome.TEMPLATE_ERRORS,
              checked.findings().and(Findings.of(e.diagnostics(), template.markdownSource())))
          .withTemplate(template.id());
    }
    Rendered done =
        new Rendered(
            checked.file(),
            errors ? Rendered.Outcome.FORCED : Rendered.Outcome.WRITTEN,
            checked.findings(),
            template.id(),
            unprinted,
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    return options.checkOnly() ? compare(done, outputs) : write(done, outputs);
  }

  /** Where each output goes: {@code OUT/sub/x.docx}, {@code OUT/sub/x.md}, … in format order. */
  private Map<Path, byte[]> targets(InputFile file, Map<OutputFormat, byte[]> rendered) {
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    String base = file.baseName();
    rendered.forEach(
        (f, bytes) -> targets.put(outputDir.resolve(base + "." + f.extension()), bytes));
    return targets;
  }

  private Rendered write(Rendered done, Map<Path, byte[]> outputs) {
    try {
      workspace.files.writeAll(outputs);
    } catch (AtomicFiles.Failure e) {
      return outcome(done, Rendered.Outcome.NOT_WRITTEN, List.of(), List.of())
          .withProblem(
              FileProblem.of(FileProblem.Action.WRITE, e.target(), e.getCause(), outputDisplay));
    }
    List<String> written = outputs.keySet().stream().map(outputDisplay::show).toList();
    return outcome(done, done.outcome(), written, List.of());
  }

  private Rendered compare(Rendered done, Map<Path, byte[]> outputs) {
    List<Rendered.Stale> stale;
    try {
      stale =
          StaleOutputs.find(outputs).stream()
              .map(s -> new Rendered.Stale(outputDisplay.show(s.file()), s.missing()))
              .toList();
    } catch (IOException e) {
      Path first = outputs.keySet().iterator().next();
      return outcome(done, Rendered.Outcome.UNREADABLE, List.of(), List.of())
          .withProblem(FileProblem.of(FileProblem.Action.READ, first, e, outputDisplay));
    }
    return outcome(
        done,
        stale.isEmpty() ? Rendered.Outcome.UP_TO_DATE : Rendered.Outcome.STALE,
        List.of(),
        stale);
  }

  private static Rendered outcome(
      Rendered r, Rendered.Outcome outcome, List<String> written, List<Rendered.Stale> stale) {
    return new Rendered(
        r.file(),
        outcome,
        r.findings(),
        r.template(),
        r.unprinted(),
        written,
        stale,
        r.problem(),
        r.failure());
  }
}
