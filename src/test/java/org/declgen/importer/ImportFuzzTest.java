package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.declgen.cli.Main;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import fuzz campaign: damaged .docx, .xlsx and converter .md sources (see {@link
 * FuzzMutation}) through import and textconv. For every case: no exception escapes, a refusal is
 * one error in the user's language without a class name or stack trace, the command exits 0 or 1
 * (never 3), anything imported is written as YAML that the loader reads back to the same
 * declaration, and its review Markdown renders.
 *
 * <p>The normal test run does a short deterministic campaign. {@code mvn -B test -Pfuzz} runs a
 * long one (docs/import.md): {@code -Ddeclgen.fuzz.cases=N} cases per category and seed, {@code
 * -Ddeclgen.fuzz.seed=S} another campaign, {@code -Ddeclgen.fuzz.timeLimitSeconds=T} a time bound
 * per case (checked only when given, never in the normal run); memory is bounded by the profile's
 * heap. A failing case is saved to {@code target/fuzz-failures/} with its category, seed and
 * number.
 */
class ImportFuzzTest {
  private static final int CASES = Integer.getInteger("declgen.fuzz.cases", 3);
  private static final long SEED = Long.getLong("declgen.fuzz.seed", 20261130L);
  private static final int TIME_LIMIT = Integer.getInteger("declgen.fuzz.timeLimitSeconds", 0);

  /** Every this many cases also goes through the command line, as a user runs it. */
  private static final int CLI_EVERY = Integer.getInteger("declgen.fuzz.cliEvery", 8);

  private static final Messages MESSAGES = Messages.chinese();
  private static final Path CURRENT = Path.of("target/fuzz-current-case.txt");

  @TempDir Path dir;

  private final Map<String, Integer> outcomes = new TreeMap<>();
  private final Map<FuzzMutation, int[]> perCategory = new EnumMap<>(FuzzMutation.class);
  private final List<String> failures = new ArrayList<>();
  private Renderer review;

  @Test
  void damagedSourcesAreImportedOrRefusedCleanly() throws Exception {
    review =
        new Renderer(
            new TemplateEngine(MESSAGES),
            new TemplateCatalog(Path.of("."), MESSAGES).resolve(TemplateCatalog.DEFAULT_ID));
    List<FuzzSeeds.Seed> seeds = FuzzSeeds.all();
    int n = 0;
    for (FuzzMutation m : FuzzMutation.values()) {
      for (FuzzSeeds.Seed seed : seeds) {
        for (int i = 0; i < CASES; i++) {
          Random random = new Random(caseSeed(m, seed.index(), i));
          byte[] input = new FuzzMutator(random).mutate(m, seed.bytes(), seed.kind());
          runCase(m, seed, i, input, n++ % CLI_EVERY == 0);
        }
      }
    }
    System.out.println(report());
    assertThat(failures).as(report()).isEmpty();
  }

  /**
   * A well-mixed seed for one case (SplitMix64's finaliser): java.util.Random's first numbers for
   * neighbouring seeds are nearly the same, which made whole categories take one branch.
   */
  private static long caseSeed(FuzzMutation m, int source, int i) {
    long z = SEED + 0x9E3779B97F4A7C15L * (m.ordinal() * 1_000_003L + source * 10_007L + i + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private void runCase(FuzzMutation m, FuzzSeeds.Seed seed, int i, byte[] input, boolean viaCli)
      throws IOException {
    String name = "case." + seed.kind();
    int[] counts = perCategory.computeIfAbsent(m, k -> new int[3]);
    counts[0]++;
    String id = m + "-" + seed.index() + "-" + SEED + "-" + i;
    // so that a case that takes the JVM down (out of memory) is still known by its number
    Files.writeString(CURRENT, id + "\n");
    long start = System.nanoTime();
    String problem;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
      // a library that prints to the console prints past declgen's own messages
      System.setOut(capture);
      System.setErr(capture);
      problem = viaCli ? throughCli(name, input) : throughImporter(name, input);
    } catch (Throwable t) { // the campaign's point: nothing may escape, not even an Error
      problem = "escaped: " + t;
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    if (problem == null && stray.size() > 0) {
      problem = "printed to the console: " + stray.toString(StandardCharsets.UTF_8);
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    if (problem == null && TIME_LIMIT > 0 && seconds > TIME_LIMIT) {
      problem = "took " + seconds + " s";
    }
    if (problem != null) {
      counts[2]++;
      Path saved = Path.of("target/fuzz-failures/" + id + "." + seed.kind());
      Files.createDirectories(saved.getParent());
      Files.write(saved, input);
      failures.add(id + ": " + problem + " (" + saved + ")");
    }
  }

  /** Import, then the YAML written and read back, then its review Markdown; null when clean. */
  private String throughImporter(String name, byte[] input) throws Exception {
    ImportResult result;
    try {
      result = new Importer(MESSAGES, Frameworks.builtIn()).importBytes(name, input);
    } catch (DiagnosticException e) {
      return refusal(e.diagnostics());
    }
    count("imported");
    String yaml = DeclarationWriter.write(result.declaration());
    try {
      var read =
          new DeclarationReader(MESSAGES)
              .read("imported.yaml", yaml.getBytes(StandardCharsets.UTF_8));
      if (!read.declaration().equals(result.declaration())) {
        return "YAML reads back as another declaration:\n" + yaml;
      }
    } catch (DiagnosticException e) {
      return "imported YAML does not load: " + e.diagnostics() + "\n" + yaml;
    }
    review.markdown(result.declaration());
    return null;
  }

  private String refusal(List<Diagnostic> diagnostics) {
    if (diagnostics.size() != 1 || !diagnostics.get(0).isError()) {
      return "refused without exactly one error: " + diagnostics;
    }
    Diagnostic d = diagnostics.get(0);
    count(d.code());
    return looksLikeATrace(d.message() + d.hint()) ? "not for people: " + d.message() : null;
  }

  /** The same source through {@code declgen import} and {@code declgen textconv}. */
  private String throughCli(String name, byte[] input) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"import", name, "-o", "out.yaml", "--force", "--allow-unmapped"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of(),
            dir);
    count(code == 0 ? "cli import exit 0" : "cli import exit " + code);
    if (code != 0 && code != 1) {
      return "import exited " + code + ": " + err;
    }
    if (looksLikeATrace(err.toString())) {
      return "import printed a trace: " + err;
    }
    StringWriter tout = new StringWriter();
    StringWriter terr = new StringWriter();
    int t =
        Main.run(
            new String[] {"textconv", name},
            new PrintWriter(tout, true),
            new PrintWriter(terr, true),
            Map.of(),
            dir);
    if (t != 0 || looksLikeATrace(terr.toString()) || looksLikeATrace(tout.toString())) {
      return "textconv exited " + t + ": " + terr;
    }
    return null;
  }

  private static boolean looksLikeATrace(String text) {
    return text.contains("Exception")
        || text.contains("\tat ")
        || text.contains("java.")
        || text.contains("org.apache")
        || text.contains("org.docx4j")
        || text.contains("Error:");
  }

  private void count(String outcome) {
    outcomes.merge(outcome, 1, Integer::sum);
  }

  private String report() {
    StringBuilder sb =
        new StringBuilder(
            "import fuzz, seed " + SEED + ", " + CASES + " cases per category and seed source\n");
    perCategory.forEach(
        (m, c) -> sb.append(String.format("  %-18s %6d cases, %d failed%n", m, c[0], c[2])));
    sb.append("  outcomes: ").append(outcomes).append('\n');
    failures.forEach(f -> sb.append("  FAILED ").append(f).append('\n'));
    return sb.toString();
  }
}
