package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.importer.ImportResult;
import org.declgen.importer.Importer;
import org.declgen.internal.AtomicFiles;
import org.declgen.yaml.DeclarationWriter;

/** {@code import}: a filled form → the canonical YAML, written completely or not at all. */
final class FormImport {
  private final Workspace workspace;

  FormImport(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * @param output the YAML file as given; by default the form's name with {@code .yaml}, beside it
   */
  Imported run(String input, Optional<String> output, boolean force, boolean allowUnmapped) {
    Path source = workspace.resolve(input);
    PathDisplay sourceDisplay = PathDisplay.like(workspace.dir, input);
    Path target =
        output
            .map(workspace::resolve)
            .orElseGet(() -> source.resolveSibling(stem(source) + ".yaml"));
    PathDisplay targetDisplay =
        output.map(o -> PathDisplay.like(workspace.dir, o)).orElse(sourceDisplay);
    Imported base =
        new Imported(
            Imported.Outcome.WRITTEN,
            sourceDisplay.show(source),
            targetDisplay.show(target),
            Findings.NONE,
            Optional.empty(),
            0,
            Optional.empty());
    if (Files.exists(target) && !force) {
      return with(base, Imported.Outcome.EXISTS, Findings.NONE);
    }
    ImportResult result;
    try {
      result = read(source, base.source());
    } catch (DiagnosticException e) {
      return with(base, Imported.Outcome.REFUSED, Findings.of(e.diagnostics()));
    } catch (IOException e) {
      return problem(
          with(base, Imported.Outcome.UNREADABLE, Findings.NONE),
          FileProblem.of(FileProblem.Action.READ, source, e, sourceDisplay));
    }
    Imported read =
        new Imported(
            Imported.Outcome.WRITTEN,
            base.source(),
            base.target(),
            Findings.of(result.diagnostics()),
            Optional.of(result.declaration()),
            result.unmappedCount(),
            Optional.empty());
    if (read.unmapped() > 0 && !allowUnmapped) {
      return with(read, Imported.Outcome.UNMAPPED, read.findings());
    }
    try {
      workspace.files.write(
          target, DeclarationWriter.write(result.declaration()).getBytes(StandardCharsets.UTF_8));
    } catch (AtomicFiles.Failure e) {
      return problem(
          with(read, Imported.Outcome.NOT_WRITTEN, read.findings()),
          FileProblem.of(FileProblem.Action.WRITE, target, e.getCause(), targetDisplay));
    }
    return read;
  }

  /** Reads the form once; one too large to be a form is refused before it is read. */
  private ImportResult read(Path source, String shown) throws DiagnosticException, IOException {
    Importer importer = new Importer(workspace.messages);
    if (Files.size(source) > Importer.MAX_FILE_BYTES) {
      return importer.importFile(source, shown);
    }
    return importer.importBytes(shown, workspace.read(source));
  }

  private static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  private static Imported with(Imported i, Imported.Outcome outcome, Findings findings) {
    return new Imported(
        outcome, i.source(), i.target(), findings, i.declaration(), i.unmapped(), i.problem());
  }

  private static Imported problem(Imported i, FileProblem problem) {
    return new Imported(
        i.outcome(),
        i.source(),
        i.target(),
        i.findings(),
        i.declaration(),
        i.unmapped(),
        Optional.of(problem));
  }
}
