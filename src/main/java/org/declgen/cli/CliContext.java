package org.declgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticFormatter;
import org.declgen.diag.Messages;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;

/** What every command shares: where it runs, its streams and its language. */
final class CliContext {
  /** Where compiled Word templates are kept between runs; set by the launcher. */
  static final String CACHE_PROPERTY = "declgen.cache";

  final Path workingDir;
  final PrintWriter out;
  final PrintWriter err;
  final Messages messages;

  /** True when stderr is a terminal a person watches (progress bars are drawn only then). */
  final boolean interactive;

  private TemplateEngine engine;

  /** The last file quoted in a diagnostic, so a file with many findings is read once. */
  private String quotedFile;

  private List<String> quotedLines;

  CliContext(Path workingDir, PrintWriter out, PrintWriter err, Messages messages) {
    this(workingDir, out, err, messages, false);
  }

  CliContext(
      Path workingDir, PrintWriter out, PrintWriter err, Messages messages, boolean interactive) {
    this.workingDir = workingDir;
    this.out = out;
    this.err = err;
    this.messages = messages;
    this.interactive = interactive;
  }

  /** The same context printing to other streams, sharing the one template engine. */
  CliContext withStreams(PrintWriter otherOut, PrintWriter otherErr) {
    CliContext copy = new CliContext(workingDir, otherOut, otherErr, messages, false);
    copy.engine = engine();
    return copy;
  }

  synchronized TemplateEngine engine() {
    if (engine == null) {
      engine =
          new TemplateEngine(
              messages, Optional.ofNullable(System.getProperty(CACHE_PROPERTY)).map(Path::of));
    }
    return engine;
  }

  TemplateCatalog catalog() {
    return new TemplateCatalog(workingDir, messages);
  }

  Path resolve(String path) {
    return workingDir.resolve(path);
  }

  DiagnosticFormatter formatter() {
    return new DiagnosticFormatter(messages, this::sourceLines);
  }

  void print(List<Diagnostic> diagnostics) {
    DiagnosticFormatter f = formatter();
    for (Diagnostic d : diagnostics) {
      err.print(f.format(d));
    }
    err.flush();
  }

  /** The lines of a text file named in a diagnostic, so the message can quote the line. */
  private List<String> sourceLines(String file) {
    if (!file.equals(quotedFile)) {
      quotedLines = readSourceLines(file);
      quotedFile = file;
    }
    return quotedLines;
  }

  private List<String> readSourceLines(String file) {
    if (!file.matches("(?i).*\\.(ya?ml|ftl)$")) {
      return List.of();
    }
    try {
      Path p = workingDir.resolve(file);
      if (Files.size(p) > 8L * 1024 * 1024) {
        return List.of();
      }
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
