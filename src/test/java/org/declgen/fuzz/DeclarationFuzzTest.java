package org.declgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.declgen.fuzz.YamlMutations.Category;
import org.declgen.internal.FileTrees;

/**
 * The fuzz campaign over declaration YAML (docs/robustness.md): the sample and the golden inputs,
 * damaged in every {@link Category}, driven through load, check, render, diff and textconv (see
 * {@link FuzzTarget} for what must hold).
 *
 * <p>The normal suite runs {@link #DEFAULT_CASES} case per category and seed with a fixed seed, in
 * seconds. {@code -Ddeclgen.fuzz.yaml.cases=N} runs N per category and seed, {@code
 * -Ddeclgen.fuzz.yaml.seed=S} another seed; such a campaign also fails a case that takes longer
 * than {@code -Ddeclgen.fuzz.yaml.maxSeconds} (10). Each failing input is kept in {@code
 * target/fuzz-failures/yaml/}, and a summary of cases, outcomes and the slowest case per category
 * is printed and kept in {@code target/fuzz-yaml-summary.txt}.
 */
class DeclarationFuzzTest {
  static final int DEFAULT_CASES = 1;
  private static final Path FAILURES = Path.of("target/fuzz-failures/yaml");
  private static final Path SUMMARY = Path.of("target/fuzz-yaml-summary.txt");

  private static List<Path> seeds() throws IOException {
    List<Path> seeds = new ArrayList<>();
    seeds.add(Path.of("data/nansha-zwsj.yaml"));
    try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden/render"))) {
      golden.map(d -> d.resolve("input.yaml")).filter(Files::exists).sorted().forEach(seeds::add);
    }
    return seeds;
  }

  /** A jqwik example, as jqwik generators draw only on jqwik's threads. */
  @Example
  void damagedDeclarationsBreakNoInvariant() throws IOException {
    Path dir = Files.createTempDirectory("declgen-fuzz");
    try {
      run(dir);
    } finally {
      FileTrees.delete(dir);
    }
  }

  private static void run(Path dir) throws IOException {
    int cases = Integer.getInteger("declgen.fuzz.yaml.cases", DEFAULT_CASES);
    long seed = Long.getLong("declgen.fuzz.yaml.seed", 14L);
    boolean campaign = cases > DEFAULT_CASES;
    long maxMillis = 1000L * Long.getLong("declgen.fuzz.yaml.maxSeconds", 10L);
    FuzzTarget target = new FuzzTarget(dir);
    Random random = new Random(seed);
    Map<Category, Tally> tallies = new EnumMap<>(Category.class);
    List<String> failures = new ArrayList<>();
    int number = 0;
    for (Category category : Category.values()) {
      Tally tally = tallies.computeIfAbsent(category, c -> new Tally());
      for (Path seedFile : seeds()) {
        String text = Files.readString(seedFile, StandardCharsets.UTF_8);
        for (int i = 0; i < cases; i++) {
          YamlMutations.Edit edit = YamlMutations.of(category).generator(1000).next(random).value();
          FuzzCase c =
              new FuzzCase(
                  ++number,
                  category,
                  seedFile + ": " + edit.description(),
                  edit.apply().apply(text));
          FuzzTarget.Outcome outcome = campaign ? watched(target, c, maxMillis) : target.run(c);
          List<String> violations = new ArrayList<>(outcome.violations());
          if (campaign && outcome.millis() > maxMillis) {
            violations.add("took " + outcome.millis() + " ms");
          }
          tally.add(c, outcome, violations.isEmpty());
          if (!violations.isEmpty()) {
            failures.add(c + "\n  " + String.join("\n  ", violations));
            keep(c);
          }
        }
      }
    }
    String summary = summary(seed, tallies, failures);
    Files.createDirectories(SUMMARY.getParent());
    Files.writeString(SUMMARY, summary);
    if (campaign) {
      System.out.println(summary);
    }
    assertThat(failures).as(summary).isEmpty();
  }

  /**
   * Runs one case of a campaign on its own thread: a case that does not finish in three times the
   * limit is kept and ends the campaign, which cannot go on beside a thread it cannot stop.
   */
  private static FuzzTarget.Outcome watched(FuzzTarget target, FuzzCase c, long maxMillis)
      throws IOException {
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> daemon(r));
    try {
      return thread.submit(() -> target.run(c)).get(3 * maxMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      keep(c);
      throw new AssertionError(c + " did not finish in " + 3 * maxMillis + " ms");
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(c + ": " + e, e);
    } finally {
      thread.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "fuzz case");
    t.setDaemon(true);
    return t;
  }

  private static void keep(FuzzCase c) throws IOException {
    Files.createDirectories(FAILURES);
    Files.write(FAILURES.resolve(c.number() + "-" + c.category() + ".yaml"), c.bytes());
  }

  /** Per category: cases, how many loaded, failures, the slowest case. */
  private static final class Tally {
    int cases;
    int loaded;
    int failed;
    long slowestMillis;
    String slowest = "";
    long bytes;

    void add(FuzzCase c, FuzzTarget.Outcome o, boolean passed) {
      cases++;
      loaded += o.loaded() ? 1 : 0;
      failed += passed ? 0 : 1;
      bytes += c.bytes().length;
      if (o.millis() > slowestMillis) {
        slowestMillis = o.millis();
        slowest = c.toString();
      }
    }
  }

  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  private static String summary(long seed, Map<Category, Tally> tallies, List<String> failures) {
    StringBuilder s = new StringBuilder("YAML fuzz run, seed " + seed + "\n");
    s.append(
        String.format(
            "%-20s %7s %7s %7s %9s  %s%n",
            "category", "cases", "loaded", "failed", "slowest", "slowest case"));
    int total = 0;
    for (Map.Entry<Category, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      total += t.cases;
      s.append(
          String.format(
              "%-20s %7d %7d %7d %7d ms  %s%n",
              e.getKey(), t.cases, t.loaded, t.failed, t.slowestMillis, t.slowest));
    }
    s.append("total ").append(total).append(" cases, ").append(failures.size()).append(" failed; ");
    s.append("peak heap ").append(peakHeapMegabytes()).append(" MB of ");
    s.append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
    failures.forEach(f -> s.append(f).append('\n'));
    return s.toString();
  }
}
