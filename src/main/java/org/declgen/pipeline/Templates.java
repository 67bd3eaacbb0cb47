package org.declgen.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;

/** Resolves template choices, each once per run, so a batch compiles every template once. */
final class Templates {
  private final Workspace workspace;
  private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();

  /** Failures as a settings file's position gives them, so each is the same object every time. */
  private final Map<String, DiagnosticException> positioned = new ConcurrentHashMap<>();

  /** A template found, or why not. */
  private record Resolution(ResolvedTemplate template, DiagnosticException failure) {}

  Templates(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * The template chosen; when it cannot be found, the diagnostics point at the settings file that
   * named it, or name the command line's value.
   */
  ResolvedTemplate resolve(TemplateChoice choice) throws DiagnosticException {
    Resolution r = resolved.computeIfAbsent(choice.spec(), this::find);
    if (r.failure() == null) {
      return r.template();
    }
    if (choice.namedAt().isEmpty()) {
      throw r.failure();
    }
    throw positioned.computeIfAbsent(
        choice.spec() + "\n" + choice.namedAt().get(),
        k -> new DiagnosticException(at(r.failure().diagnostics(), choice)));
  }

  private Resolution find(String spec) {
    try {
      return new Resolution(
          new ResolvedTemplate(
              workspace.catalog().resolve(spec), workspace::engine, workspace.environment),
          null);
    } catch (DiagnosticException e) {
      return new Resolution(null, e);
    }
  }

  private static List<Diagnostic> at(List<Diagnostic> found, TemplateChoice choice) {
    return found.stream()
        .map(
            d ->
                new Diagnostic(
                    d.severity(), choice.namedAt().orElseThrow(), d.code(), d.message(), d.hint()))
        .toList();
  }
}
