package org.declgen.cli;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.RenderOptions;
import org.declgen.pipeline.Rendered;
import org.declgen.pipeline.Verdict;

/**
 * Prints what {@code render} did, file by file in the files' order, then one summary: a progress
 * bar stands in for the per-file lines on a terminal. A settings file's problems and a template's
 * unprinted fields are said once per run, not once per declaration.
 */
final class RenderReport {
  private final CliContext ctx;
  private final RenderOptions options;
  private final ProgressBar bar;
  private final Set<Diagnostic> said = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> unprintedSaid = new HashSet<>();
  private int rendered;
  private int failed;
  private int skipped;
  private int stale;
  private Verdict verdict = Verdict.OK;

  RenderReport(CliContext ctx, RenderOptions options, int files) {
    this.ctx = ctx;
    this.options = options;
    this.bar =
        ctx.interactive && files > 1
            ? new ProgressBar(ctx.err, ctx.messages.get("cli.render.progress"), files)
            : null;
  }

  /** Arguments that named nothing readable count as failed files. */
  void unreadable(int arguments) {
    failed += arguments;
    verdict = arguments > 0 ? verdict.and(Verdict.UNUSABLE) : verdict;
  }

  /** One file's result, on the calling thread, in order. */
  void add(Rendered r) {
    verdict = verdict.and(r.outcome().verdict());
    if (r.outcome() == Rendered.Outcome.SKIPPED) {
      skipped++;
      return;
    }
    rendered += r.outcome().rendered() ? 1 : 0;
    failed += r.outcome().rendered() ? 0 : 1;
    stale += r.stale().size();
    if (bar == null) {
      print(r);
    } else {
      if (hasSomethingToSay(r)) {
        bar.above(() -> print(r));
      }
      bar.step(r.outcome().rendered());
    }
  }

  private boolean hasSomethingToSay(Rendered r) {
    return !r.findings().diagnostics().isEmpty()
        || r.outcome() != Rendered.Outcome.WRITTEN && r.outcome() != Rendered.Outcome.UP_TO_DATE
        || !r.unprinted().isEmpty();
  }

  private void print(Rendered r) {
    ctx.print(once(r.findings()));
    r.problem().ifPresent(ctx::print);
    String shown = r.file().shown();
    switch (r.outcome()) {
      case BLOCKED, NOT_LOADED ->
          ctx.error(options.checkOnly() ? "cli.render.not-checked" : notWritten(r), shown);
      case FORCED -> ctx.error("cli.render.forced", shown);
      case TEMPLATE_ERRORS ->
          ctx.error("cli.render.template-errors", shown, r.template(), templateFiles(r));
      case PRINT_FAILED -> ctx.error("cli.render.print-failed", shown);
      case NOT_WRITTEN -> ctx.error("cli.render.kept-old", shown);
      case INTERNAL -> internal(r);
      default -> {}
    }
    for (String field : r.unprinted()) {
      if (unprintedSaid.add(r.template() + "\n" + field)) {
        ctx.out.println(ctx.messages.get("cli.render.unprinted", r.template(), field));
      }
    }
    if (bar == null) {
      r.written().forEach(w -> ctx.out.println(ctx.messages.get("cli.render.wrote", w)));
    }
    for (Rendered.Stale s : r.stale()) {
      ctx.out.println(
          ctx.messages.get(s.missing() ? "cli.render.missing" : "cli.render.stale", s.path()));
    }
    ctx.out.flush();
  }

  /** The template's files that the errors above are about, as they name them. */
  private String templateFiles(Rendered r) {
    return ctx.messages.list(
        r.findings().diagnostics().stream()
            .filter(d -> d.code().startsWith("template"))
            .map(d -> d.position().file())
            .distinct()
            .toList());
  }

  private static String notWritten(Rendered r) {
    return r.outcome() == Rendered.Outcome.BLOCKED
        ? "cli.render.blocked"
        : "cli.render.not-written";
  }

  private void internal(Rendered r) {
    RuntimeException e = r.failure().orElseThrow();
    ctx.err.println(
        r.file().shown()
            + ": "
            + ctx.messages.get(
                "cli.internal-error",
                e.getClass().getSimpleName(),
                String.valueOf(e.getMessage())));
    ctx.err.flush();
  }

  /**
   * The findings not said before in this run: a folder's declgen.yaml applies to each file, and its
   * problems are the same objects each time.
   */
  private Findings once(Findings findings) {
    return new Findings(
        findings.diagnostics().stream().filter(said::add).toList(), findings.sources());
  }

  /** Prints the summary; returns how the run went. */
  Verdict finish(double seconds) {
    if (bar != null) {
      bar.clear();
    }
    if (rendered + failed == 0) {
      ctx.noDeclarations(skipped);
      return verdict.and(Verdict.UNUSABLE);
    }
    String summary;
    if (options.checkOnly()) {
      summary =
          failed > 0
              ? ctx.messages.get("cli.render.check-failed", rendered, stale, failed)
              : ctx.messages.get(
                  stale == 0 ? "cli.render.check-ok" : "cli.render.check-stale", rendered, stale);
    } else if (rendered + failed > 1 || failed > 0 || skipped > 0) {
      summary =
          ctx.messages.get(
              "cli.render.summary", rendered, failed, String.format(Locale.ROOT, "%.1f", seconds));
    } else {
      return verdict;
    }
    ctx.out.println(summary + (skipped > 0 ? ctx.messages.get("cli.skipped", skipped) : ""));
    ctx.out.flush();
    return verdict;
  }
}
