package org.declgen.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.render.OutputFormat;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.yaml.DeclarationWriter;

/**
 * Measures declgen beside the floor (the same form written by a StringBuilder and java.util.zip) in
 * one run, so the figures read as ratios: one-shot wall time and peak memory of a process,
 * steady-state milliseconds per document, and a batch of forms.
 */
public final class Benchmark {
  static final String TEMPLATE = TemplateCatalog.DEFAULT_ID;

  /**
   * What to measure with.
   *
   * @param sample the seed declaration (YAML)
   * @param runs how many times each one-shot command runs (the median is reported)
   * @param batch how many forms the batch holds
   * @param declgen the command that starts declgen (the launcher, or java -jar)
   * @param java the java executable, for the floor's processes
   * @param jar declgen's jar, which also holds the floor
   */
  public record Options(
      Path sample, int runs, int batch, List<String> declgen, String java, Path jar) {
    public Options {
      declgen = List.copyOf(declgen);
    }
  }

  private final Options options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Pipeline pipeline;
  private final List<String[]> rows = new ArrayList<>();
  private double oneShotFloor = Double.NaN;
  private double batchFloor = Double.NaN;

  public Benchmark(Options options, PrintWriter out, PrintWriter err, Pipeline pipeline) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.pipeline = pipeline;
  }

  /** Runs every measurement and prints the table. */
  public void run() throws Exception {
    Declaration seed = pipeline.load(options.sample()).declaration();
    Declaration large = LargeForm.grow(seed, LargeForm.TASKS, LargeForm.INDICATOR_ROWS);
    Path work = Files.createTempDirectory("declgen-bench");
    try {
      steadyState(seed, large);
      oneShot(seed, work);
      batch(seed, work);
    } finally {
      deleteTree(work);
    }
    print();
  }

  /** Writes {@code count} distinct declarations grown from the seed into {@code dir}. */
  public static void makeBatch(Path seedFile, Path dir, int count, Pipeline pipeline)
      throws IOException, DiagnosticException {
    Declaration seed = pipeline.load(seedFile).declaration();
    Files.createDirectories(dir);
    for (int i = 1; i <= count; i++) {
      Files.writeString(
          dir.resolve(String.format(Locale.ROOT, "form-%05d.yaml", i)),
          DeclarationWriter.write(LargeForm.renamed(seed, i)),
          StandardCharsets.UTF_8);
    }
  }

  private void steadyState(Declaration seed, Declaration large) throws Exception {
    note("稳态（每份文档毫秒数）/ steady state (ms per document)");
    FloorDocx floor = FloorDocx.fromBuiltIn(TEMPLATE);
    for (Declaration d : List.of(seed, large)) {
      String form = d == seed ? "sample" : "large";
      FloorForm flat = FloorForm.of(d);
      double[] ms =
          Timing.msPerCall(
              List.of(
                  () -> pipeline.render(d, TEMPLATE, EnumSet.of(OutputFormat.DOCX)),
                  () -> floor.render(flat),
                  () -> pipeline.render(d, TEMPLATE, EnumSet.of(OutputFormat.MD))));
      rows.add(row("steady docx, " + form + " (ms/doc)", ms[0], ms[1], 2.5));
      rows.add(new String[] {"steady md, " + form + " (ms/doc)", fmt(ms[2]), "—", "—", "—"});
    }
  }

  private void oneShot(Declaration seed, Path work) throws Exception {
    note("单次命令（进程）/ one-shot commands (processes)");
    Path yaml = work.resolve("sample.yaml");
    Files.writeString(yaml, DeclarationWriter.write(seed), StandardCharsets.UTF_8);
    Path flat = work.resolve("sample.tsv");
    FloorForm.of(seed).write(flat);
    Processes processes = new Processes(work);
    processes.run(declgen("render", "--format", "docx", "-o", "form", yaml.toString()), work);
    Path docx = work.resolve("form/sample.docx");
    List<Processes.Run> runs =
        processes.medians(
            List.of(
                declgen("render", "--format", "docx", "-o", "one", yaml.toString()),
                floor("floor-one", List.of(flat)),
                jvm(),
                declgen("render", "-o", "full", yaml.toString()),
                declgen("check", yaml.toString()),
                declgen("textconv", yaml.toString()),
                declgen("textconv", docx.toString())),
            work,
            options.runs());
    Processes.Run declgen = runs.get(0);
    Processes.Run floor = runs.get(1);
    oneShotFloor = floor.seconds();
    rows.add(row("one-shot render docx, sample (s)", declgen.seconds(), floor.seconds(), 3));
    rows.add(plain("bare JVM start, java -version (s)", runs.get(2).seconds()));
    rows.add(plain("one-shot render docx+md, sample (s)", runs.get(3).seconds()));
    rows.add(seconds("one-shot check, sample (s)", runs.get(4).seconds(), 0.15));
    rows.add(seconds("one-shot textconv, sample YAML (s)", runs.get(5).seconds(), 0.15));
    rows.add(seconds("one-shot textconv, sample .docx (s)", runs.get(6).seconds(), 0.25));
    rows.add(
        new String[] {
          "one-shot peak RSS (MB)",
          fmt(declgen.peakMb()),
          fmt(floor.peakMb()),
          ratio(declgen.peakMb(), floor.peakMb()),
          "≤ 64 MB " + mark(declgen.peakMb() <= 64)
        });
  }

  /** A bare JVM start in the same run: the part of every one-shot figure no Java program avoids. */
  private List<String> jvm() {
    return List.of(options.java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-version");
  }

  private static String[] plain(String what, double value) {
    return new String[] {what, fmt(value), "—", "—", "—"};
  }

  private static String[] seconds(String what, double value, double target) {
    return new String[] {
      what, fmt(value), "—", "—", "≤ " + fmt(target) + " s " + mark(value <= target)
    };
  }

  private void batch(Declaration seed, Path work) throws Exception {
    int n = options.batch();
    note("批量 " + n + " 份 / batch of " + n + " forms");
    Path dir = work.resolve("batch");
    Files.createDirectories(dir);
    List<Path> flats = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Declaration d = LargeForm.renamed(seed, i);
      String name = String.format(Locale.ROOT, "form-%05d", i);
      Files.writeString(
          dir.resolve(name + ".yaml"), DeclarationWriter.write(d), StandardCharsets.UTF_8);
      Path flat = work.resolve(name + ".tsv");
      FloorForm.of(d).write(flat);
      flats.add(flat);
    }
    List<Processes.Run> runs =
        new Processes(work)
            .medians(
                List.of(
                    declgen("render", "--format", "docx", "-o", "batch-out", dir.toString()),
                    floor("floor-batch", flats)),
                work,
                3);
    Processes.Run declgen = runs.get(0);
    Processes.Run floor = runs.get(1);
    rows.add(row(n + " forms, one batch (s)", declgen.seconds(), floor.seconds(), 1.5));
    batchFloor = floor.seconds();
  }

  private List<String> declgen(String... args) {
    List<String> command = new ArrayList<>(options.declgen());
    command.addAll(List.of(args));
    return command;
  }

  private List<String> floor(String outDir, List<Path> forms) {
    List<String> command =
        new ArrayList<>(
            List.of(
                options.java(),
                "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                options.jar().toString(),
                FloorMain.class.getName(),
                outDir));
    forms.forEach(f -> command.add(f.toString()));
    return command;
  }

  private static String[] row(String what, double declgen, double floor, double target) {
    double ratio = declgen / floor;
    return new String[] {
      what,
      fmt(declgen),
      fmt(floor),
      ratio(declgen, floor),
      "≤ " + fmt(target) + "× " + mark(ratio <= target)
    };
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "—" : fmt(a / b) + "×";
  }

  private static String mark(boolean met) {
    return met ? "✓" : "✗";
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
  }

  private void note(String what) {
    err.println("bench: " + what + " …");
    err.flush();
  }

  private void print() {
    out.printf(
        Locale.ROOT,
        "declgen bench — %d cores, Java %s, %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        options.declgen().get(0).endsWith("declgen") ? "launcher ./declgen" : "java -jar");
    out.println("| measure | declgen | floor | ratio | target |");
    out.println("|---|---:|---:|---:|---|");
    for (String[] r : rows) {
      out.println("| " + String.join(" | ", r) + " |");
    }
    out.println();
    out.println(Peers.table(oneShotFloor, batchFloor));
    out.flush();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
