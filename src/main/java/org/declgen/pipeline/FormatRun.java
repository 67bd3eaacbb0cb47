package org.declgen.pipeline;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.internal.AtomicFiles;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.FormFormatter;

/**
 * {@code fmt} for one file: read it once, make its canonical text, and write it (atomically, only
 * when it differs and has no errors), or only compare and show the change.
 */
final class FormatRun {
  private static final int DIFF_CONTEXT = 3;

  private final Workspace workspace;
  private final FormatOptions options;

  FormatRun(Workspace workspace, FormatOptions options) {
    this.workspace = workspace;
    this.options = options;
  }

  Formatted run(InputFile file) {
    String shown = file.shown();
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > DeclarationReader.MAX_FILE_BYTES) {
        return errors(
            file, Findings.of(List.of(new Loader(workspace.messages).tooLarge(shown, size))));
      }
      bytes = workspace.read(file.path());
    } catch (IOException e) {
      return Formatted.problem(
          file,
          Formatted.Outcome.UNREADABLE,
          FileProblem.of(FileProblem.Action.READ, file.path(), e, file.display()));
    }
    if (file.foundInFolder() && !Inputs.isDeclaration(bytes)) {
      return Formatted.of(file, Formatted.Outcome.SKIPPED);
    }
    FormFormatter.Formatted canonical;
    try {
      canonical =
          FormFormatter.declarations(workspace.messages)
              .format(shown, bytes, named -> EditorSchema.referenceFor(file.path(), named));
    } catch (DiagnosticException e) {
      return errors(file, Findings.of(e.diagnostics(), Source.of(shown, bytes)));
    }
    byte[] formatted = canonical.bytes();
    if (Arrays.equals(formatted, bytes)) {
      return Formatted.of(file, Formatted.Outcome.UNCHANGED);
    }
    Optional<String> diff =
        options.showDiff()
            ? Optional.of(diff(shown, Source.of(shown, bytes).text(), canonical.text()))
            : Optional.empty();
    if (options.checkOnly() || options.showDiff()) {
      return changed(file, Formatted.Outcome.NOT_CANONICAL, canonical.slips(), diff);
    }
    return write(file, formatted, canonical.slips());
  }

  private Formatted write(InputFile file, byte[] formatted, int slips) {
    try {
      workspace.files.write(file.path(), formatted);
    } catch (AtomicFiles.Failure e) {
      return Formatted.problem(
          file,
          Formatted.Outcome.NOT_WRITTEN,
          FileProblem.of(FileProblem.Action.WRITE, file.path(), e.getCause(), file.display()));
    }
    return changed(file, Formatted.Outcome.WRITTEN, slips, Optional.empty());
  }

  private static Formatted changed(
      InputFile file, Formatted.Outcome outcome, int slips, Optional<String> diff) {
    return new Formatted(
        file, outcome, Findings.NONE, slips, diff, Optional.empty(), Optional.empty());
  }

  private static Formatted errors(InputFile file, Findings findings) {
    return new Formatted(
        file,
        Formatted.Outcome.ERRORS,
        findings,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The change as {@code diff -u} shows it, the file named as the user sees it. */
  static String diff(String name, String before, String after) {
    List<String> a = before.replace("\uFEFF", "").lines().toList();
    List<String> b = after.replace("\uFEFF", "").lines().toList();
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), DIFF_CONTEXT);
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }
}
