package org.declgen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.render.OutputFormat;
import org.declgen.template.catalog.TemplateCatalog;

/**
 * What deciding the pages costs a steady-state render: the built-in template as it is (the renderer
 * decides the pages) against the same template with {@code pagination=off}, in one process, warmed
 * up, their rounds taken in turn (which goes first alternates), so a machine busy for a moment
 * slows both alike. Not a test: run it by hand (docs/performance.md, "分页的代价").
 *
 * <p>Arguments: {@code [rounds] [template]}, by default 21 rounds of the built-in default template.
 */
public final class PaginationCost {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long ROUND_NANOS = 300_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PaginationCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    String template = args.length > 1 ? args[1] : TemplateCatalog.DEFAULT_ID;
    Path work = Files.createTempDirectory("declgen-pagination-cost");
    try {
      Path off = withoutPagination(Path.of("templates", template), work.resolve(template));
      Pipeline pipeline = new Pipeline(Path.of("").toAbsolutePath(), Messages.chinese());
      Declaration sample = pipeline.load(Path.of("data/nansha-zwsj.yaml")).declaration();
      Declaration large = LargeForms.of(sample);
      System.out.printf(
          Locale.ROOT,
          "pagination cost, template %s, %d rounds of %d ms, Java %s, %d cores%n",
          template,
          rounds,
          ROUND_NANOS / 1_000_000,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.println(
          "| form | off: median / min ms | on: median / min ms | on/off (median of rounds)"
              + " | CPU on/off |");
      System.out.println("|---|---:|---:|---:|---:|");
      for (Declaration d : List.of(sample, large)) {
        Work plain = () -> pipeline.render(d, off.toString(), EnumSet.of(OutputFormat.DOCX));
        Work paged = () -> pipeline.render(d, template, EnumSet.of(OutputFormat.DOCX));
        report(d == sample ? "sample" : "large (20 tasks, 600 rows)", plain, paged, rounds);
      }
    } finally {
      deleteTree(work);
    }
  }

  /** Something to time that may throw. */
  private interface Work {
    void run() throws Exception;
  }

  private static void report(String form, Work off, Work on, int rounds) throws Exception {
    repeatFor(off, WARM_UP_NANOS);
    repeatFor(on, WARM_UP_NANOS);
    double[][] wall = new double[2][rounds];
    double[][] cpu = new double[2][rounds];
    double[] ratios = new double[rounds];
    double[] cpuRatios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int which = (r + k) % 2;
        double[] ms = round(which == 0 ? off : on);
        wall[which][r] = ms[0];
        cpu[which][r] = ms[1];
      }
      ratios[r] = wall[1][r] / wall[0][r];
      cpuRatios[r] = cpu[1][r] / cpu[0][r];
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f / %.3f | %.3f / %.3f | %+.1f%% | %+.1f%% |%n",
        form,
        median(wall[0]),
        min(wall[0]),
        median(wall[1]),
        min(wall[1]),
        (median(ratios) - 1) * 100,
        (median(cpuRatios) - 1) * 100);
  }

  /** Wall and thread-CPU milliseconds per call over one round. */
  private static double[] round(Work work) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int calls = repeatFor(work, ROUND_NANOS);
    long wall = System.nanoTime() - start;
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    return new double[] {wall / 1e6 / calls, cpu / 1e6 / calls};
  }

  private static int repeatFor(Work work, long nanos) throws Exception {
    long end = System.nanoTime() + nanos;
    int calls = 0;
    do {
      work.run();
      calls++;
    } while (System.nanoTime() < end);
    return calls;
  }

  /** A copy of a template folder whose properties switch pagination off. */
  private static Path withoutPagination(Path template, Path copy) throws IOException {
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(template)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        copy.resolve(TemplateCatalog.PROPERTIES),
        "\n" + TemplateCatalog.PAGINATION + "=off\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return copy;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
