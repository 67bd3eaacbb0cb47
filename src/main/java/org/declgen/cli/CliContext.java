package org.declgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.DiagnosticFormatter;
import org.declgen.diag.Messages;
import org.declgen.pipeline.EditorSchema;
import org.declgen.pipeline.FileProblem;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.Pipeline;
import org.declgen.template.catalog.TemplateCatalog;

/** What every command shares: the pipeline of the run, its streams and its language. */
final class CliContext {
  /** Where compiled Word templates are kept between runs; set by the launcher. */
  static final String CACHE_PROPERTY = "declgen.cache";

  final Pipeline pipeline;
  final PrintWriter out;
  final PrintWriter err;
  final Messages messages;

  /** True when stderr is a terminal a person watches (progress bars are drawn only then). */
  final boolean interactive;

  /** The process environment (PATH, the language). */
  final Map<String, String> env;

  CliContext(
      Pipeline pipeline,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      Map<String, String> env) {
    this.pipeline = pipeline;
    this.out = out;
    this.err = err;
    this.messages = pipeline.messages();
    this.interactive = interactive;
    this.env = Map.copyOf(env);
  }

  Path workingDir() {
    return pipeline.workingDir();
  }

  /** Prints diagnostics to stderr, each quoting its line from the text that was parsed. */
  void print(Findings findings) {
    print(err, findings);
  }

  void print(PrintWriter to, Findings findings) {
    DiagnosticFormatter formatter = new DiagnosticFormatter(messages, findings::lines);
    for (Diagnostic d : findings.diagnostics()) {
      to.print(formatter.format(d));
    }
    to.flush();
  }

  void print(FileProblem problem) {
    err.println(problem.message(messages));
    err.flush();
  }

  /**
   * Whether the template a command line names ({@code -t}) can be used; if not, says why and
   * returns the exit code: {@link ExitCodes#USAGE} when there is no such template, {@link
   * ExitCodes#ERRORS} when it exists but has errors. Null (not given) is fine.
   */
  Optional<Integer> templateProblem(String spec) {
    if (spec == null) {
      return Optional.empty();
    }
    try {
      pipeline.template(spec);
      return Optional.empty();
    } catch (DiagnosticException e) {
      print(Findings.of(e.diagnostics()));
      boolean missing =
          e.diagnostics().stream().anyMatch(d -> d.code().equals(TemplateCatalog.NOT_FOUND));
      return Optional.of(missing ? ExitCodes.USAGE : ExitCodes.ERRORS);
    }
  }

  /**
   * Says where the editor schema a new declaration refers to was written, or — on stderr, without
   * failing the command — why it could not be.
   */
  void said(EditorSchema.Placed placed) {
    if (placed.problem().isPresent()) {
      err.println(placed.problem().get().message(messages));
      error("cli.schema.not-written");
      return;
    }
    out.println(messages.get("cli.schema.written", placed.shown()));
    out.flush();
  }

  /** One line on stderr from the message bundle. */
  void error(String key, Object... args) {
    err.println(messages.get(key, args));
    err.flush();
  }

  /**
   * Says that the arguments named no declaration (a CI job pointed at the wrong folder must not
   * pass) and returns the exit code for it.
   */
  int noDeclarations(int skipped) {
    error("cli.no-declarations", skipped);
    hint("cli.no-declarations.hint");
    return ExitCodes.USAGE;
  }

  /** The indented "how to fix" line under a message, as diagnostics print it. */
  void hint(String key, Object... args) {
    err.println("  " + messages.get("diag.hint") + ": " + messages.get(key, args));
    err.flush();
  }
}
