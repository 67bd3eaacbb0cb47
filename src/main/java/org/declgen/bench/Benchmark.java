package org.declgen.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.declgen.diag.DiagnosticException;
import org.declgen.internal.FileTrees;
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
   * @param serverLock the resident server's lock file, which holds its process id; empty when
   *     declgen runs without the launcher, which alone starts a server
   */
  public record Options(
      Path sample,
      int runs,
      int batch,
      List<String> declgen,
      String java,
      Path jar,
      Optional<Path> serverLock) {
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

  /** Rounds of the four one-shot commands sent to the server before it is measured. */
  private static final int SERVER_WARM_UP = 5;

  private static final int BATCH_RUNS = 5;

  /** Batches sent to the server before its batch is measured. */
  private static final int SERVER_WARM_UP_BATCHES = 2;

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
      FileTrees.delete(work);
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
    processes.run(alone("render", "--format", "docx", "-o", "form", yaml.toString()), work);
    Path docx = work.resolve("form/sample.docx");
    List<List<String>> commands =
        List.of(
            List.of("render", "--format", "docx", "-o", "one", yaml.toString()),
            List.of("check", yaml.toString()),
            List.of("textconv", yaml.toString()),
            List.of("textconv", docx.toString()));
    List<Processes.Command> measured = new ArrayList<>();
    measured.add(floor("floor-one", List.of(flat)));
    measured.add(new Processes.Command(jvm(), Map.of()));
    measured.add(yamlFloor(yaml, work, processes));
    measured.add(alone("render", "-o", "full", yaml.toString()));
    commands.forEach(c -> measured.add(alone(c.toArray(String[]::new))));
    boolean served = warmServer(commands, work, processes);
    if (served) {
      commands.forEach(c -> measured.add(served(c.toArray(String[]::new))));
    }
    List<Processes.Run> runs = processes.medians(measured, work, options.runs());
    Processes.Run floor = runs.get(0);
    oneShotFloor = floor.seconds();
    rows.add(plain("bare JVM start, java -version (s)", runs.get(1).seconds()));
    Processes.Run yamlFloor = runs.get(2);
    rows.add(plain("SnakeYAML reads the sample, own process (s)", yamlFloor.seconds()));
    rows.add(plain("one-shot render docx+md, sample, own process (s)", runs.get(3).seconds()));
    List<Processes.Run> alone = runs.subList(4, 8);
    oneShotRows("own process", alone, floor, yamlFloor);
    if (served) {
      oneShotRows("resident server", runs.subList(8, 12), floor, yamlFloor);
      serverMemory();
    }
    freshMachine(yaml, work);
  }

  /**
   * The first commands on a machine declgen has never run on, as every CI job's: an empty cache,
   * {@code CI} set (no archives trained, no server).
   */
  private void freshMachine(Path yaml, Path work) throws IOException, InterruptedException {
    note("全新机器上的第一条命令 / the first command on a fresh machine");
    Map<String, String> ci = Map.of("CI", "true");
    List<Processes.Command> measured =
        List.of(
            new Processes.Command(declgenLine("check", yaml.toString()), ci, true),
            new Processes.Command(
                declgenLine(
                    "render", "--force", "--format", "docx", "-o", "fresh", yaml.toString()),
                ci,
                true));
    List<Processes.Run> runs = new Processes(work).medians(measured, work, options.runs());
    rows.add(plain("first check on a fresh machine, CI (s)", runs.get(0).seconds()));
    rows.add(plain("first render docx on a fresh machine, CI (s)", runs.get(1).seconds()));
  }

  private void oneShotRows(
      String how, List<Processes.Run> runs, Processes.Run floor, Processes.Run yamlFloor) {
    rows.add(
        row(
            "one-shot render docx, sample, " + how + " (s)",
            runs.get(0).seconds(),
            floor.seconds(),
            3));
    rows.add(
        seconds("one-shot check, sample, " + how + " (s)", runs.get(1).seconds(), yamlFloor, 0.15));
    rows.add(
        seconds(
            "one-shot textconv, YAML, " + how + " (s)", runs.get(2).seconds(), yamlFloor, 0.15));
    rows.add(seconds("one-shot textconv, .docx, " + how + " (s)", runs.get(3).seconds(), 0.25));
    double mb = runs.get(0).peakMb();
    rows.add(
        new String[] {
          "one-shot render peak RSS, " + how + " (MB)",
          fmt(mb),
          fmt(floor.peakMb()),
          ratio(mb, floor.peakMb()),
          "≤ 64 MB " + mark(mb <= 64)
        });
  }

  /**
   * Starts the resident server (the first command sent starts it) and warms it with each command a
   * few times, as a person's first few commands of a session do; false when there is none.
   */
  private boolean warmServer(List<List<String>> commands, Path work, Processes processes)
      throws IOException, InterruptedException {
    if (options.serverLock().isEmpty()) {
      return false;
    }
    processes.run(served("check", commands.get(1).get(1)), work);
    for (int i = 0; i < 100 && serverPid().isEmpty(); i++) {
      Thread.sleep(50);
    }
    if (serverPid().isEmpty()) {
      return false;
    }
    awaitServerQuiet();
    for (int i = 0; i < SERVER_WARM_UP; i++) {
      for (List<String> c : commands) {
        processes.run(served(c.toArray(String[]::new)), work);
      }
    }
    return true;
  }

  /**
   * Waits (at most 30 s) until a new server has warmed itself up: its CPU time stops growing
   * (Linux's /proc; elsewhere a fixed 5 s).
   */
  private void awaitServerQuiet() throws InterruptedException {
    Path stat = Path.of("/proc", String.valueOf(serverPid().orElse(0)), "stat");
    if (!Files.isReadable(stat)) {
      Thread.sleep(5_000);
      return;
    }
    long before = cpuTicks(stat);
    for (int i = 0; i < 150; i++) {
      Thread.sleep(200);
      long now = cpuTicks(stat);
      if (now - before <= 1) {
        return;
      }
      before = now;
    }
  }

  /** User and system CPU time of a process, in clock ticks (fields 14 and 15 of its stat). */
  private static long cpuTicks(Path stat) {
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private OptionalLong serverPid() {
    try {
      Path lock = options.serverLock().orElseThrow();
      String pid = Files.isRegularFile(lock) ? Files.readString(lock).strip() : "";
      return pid.matches("\\d{1,19}") && ProcessHandle.of(Long.parseLong(pid)).isPresent()
          ? OptionalLong.of(Long.parseLong(pid))
          : OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The resident server's own memory, now and at its peak (Linux's /proc; "—" elsewhere). */
  private void serverMemory() {
    double[] kb = {Double.NaN, Double.NaN};
    try {
      Path status = Path.of("/proc", String.valueOf(serverPid().orElseThrow()), "status");
      for (String line : Files.readAllLines(status)) {
        String[] parts = line.split("\\s+");
        if (parts[0].equals("VmRSS:")) {
          kb[0] = Double.parseDouble(parts[1]);
        } else if (parts[0].equals("VmHWM:")) {
          kb[1] = Double.parseDouble(parts[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the server has ended: shown as unknown
    }
    rows.add(plain("resident server RSS now / peak (MB)", kb[0] / 1024));
    rows.get(rows.size() - 1)[2] = fmt(kb[1] / 1024);
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

  /** A row in seconds beside the floor of reading the YAML alone (its ratio for reference). */
  private static String[] seconds(
      String what, double value, Processes.Run yamlFloor, double target) {
    return new String[] {
      what,
      fmt(value),
      fmt(yamlFloor.seconds()),
      ratio(value, yamlFloor.seconds()),
      "≤ " + fmt(target) + " s " + mark(value <= target)
    };
  }

  /**
   * {@link YamlFloor} on the sample, with a class-data archive trained on it here as declgen's
   * launcher trains its own (a listing run, then a dump); without one where the dump fails.
   */
  private Processes.Command yamlFloor(Path yaml, Path work, Processes processes)
      throws IOException, InterruptedException {
    Path list = work.resolve("yaml-floor.classlist");
    Path archive = work.resolve("yaml-floor.jsa");
    List<String> jvm =
        List.of(
            options.java(), "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    List<String> classPath = List.of("-cp", options.jar().toString());
    List<String> program = List.of(YamlFloor.class.getName(), yaml.toString());
    try {
      processes.run(
          new Processes.Command(
              concat(jvm, List.of("-XX:DumpLoadedClassList=" + list), classPath, program),
              Map.of()),
          work);
      processes.run(
          new Processes.Command(
              concat(
                  jvm,
                  List.of(
                      "-Xshare:dump",
                      "-XX:SharedClassListFile=" + list,
                      "-XX:SharedArchiveFile=" + archive),
                  classPath,
                  List.of()),
              Map.of()),
          work);
    } catch (IOException e) {
      Files.deleteIfExists(archive);
    }
    List<String> share =
        Files.isRegularFile(archive)
            ? List.of("-Xmn24m", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
            : List.of("-Xmn24m");
    return new Processes.Command(concat(jvm, share, classPath, program), Map.of());
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return all;
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
    List<Processes.Command> measured = new ArrayList<>();
    measured.add(floor("floor-batch", flats));
    measured.add(floor("floor-yaml-batch", List.of("--yaml", dir.toString()), flats));
    measured.add(alone("render", "--format", "docx", "-o", "batch-alone", dir.toString()));
    Processes processes = new Processes(work);
    if (serverPid().isPresent()) {
      Processes.Command served =
          served("render", "--format", "docx", "-o", "batch-served", dir.toString());
      // As the one-shot commands were: a server that has seen a batch or two, as in a session.
      for (int i = 0; i < SERVER_WARM_UP_BATCHES; i++) {
        processes.run(served, work);
      }
      measured.add(served);
    }
    List<Processes.Run> runs = processes.medians(measured, work, BATCH_RUNS);
    Processes.Run floor = runs.get(0);
    rows.add(
        reference(
            n + " forms, floor + SnakeYAML reads each declaration (s)",
            runs.get(1).seconds(),
            floor.seconds()));
    rows.add(row(n + " forms, own process (s)", runs.get(2).seconds(), floor.seconds(), 1.5));
    if (runs.size() > 3) {
      rows.add(row(n + " forms, resident server (s)", runs.get(3).seconds(), floor.seconds(), 1.5));
    }
    batchFloor = floor.seconds();
  }

  /** declgen in a process of its own, without the resident server. */
  private Processes.Command alone(String... args) {
    return declgen(Map.of("DECLGEN_SERVER", "off"), args);
  }

  /** declgen sending the command to the resident server, which the launcher starts if need be. */
  private Processes.Command served(String... args) {
    return declgen(Map.of("DECLGEN_SERVER", "on"), args);
  }

  private Processes.Command declgen(Map<String, String> env, String... args) {
    return new Processes.Command(declgenLine(args), env);
  }

  private List<String> declgenLine(String... args) {
    List<String> command = new ArrayList<>(options.declgen());
    command.addAll(List.of(args));
    return command;
  }

  private Processes.Command floor(String outDir, List<Path> forms) {
    return floor(outDir, List.of(), forms);
  }

  /** {@link FloorMain} on flattened forms, with its options (such as {@code --yaml DIR}). */
  private Processes.Command floor(String outDir, List<String> floorOptions, List<Path> forms) {
    List<String> command =
        new ArrayList<>(
            List.of(
                options.java(),
                "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                options.jar().toString(),
                FloorMain.class.getName()));
    command.addAll(floorOptions);
    command.add(outDir);
    forms.forEach(f -> command.add(f.toString()));
    return new Processes.Command(command, Map.of());
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

  /** A reference line beside the floor: its ratio tells how much of a target it leaves. */
  private static String[] reference(String what, double value, double floor) {
    return new String[] {what, fmt(value), fmt(floor), ratio(value, floor), "—"};
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
        options.declgen().get(0).endsWith("declgen")
            ? "launcher " + options.declgen().get(0)
            : "java -jar");
    out.println("| measure | declgen | floor | ratio | target |");
    out.println("|---|---:|---:|---:|---|");
    for (String[] r : rows) {
      out.println("| " + String.join(" | ", r) + " |");
    }
    out.println();
    out.println(Peers.table(oneShotFloor, batchFloor));
    out.flush();
  }
}
