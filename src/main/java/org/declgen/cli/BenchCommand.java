package org.declgen.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.bench.Benchmark;
import org.declgen.diag.DiagnosticException;
import org.declgen.pipeline.FileProblem;
import org.declgen.pipeline.Findings;
import org.declgen.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code declgen bench}: declgen's speed and memory beside the plain java.util.zip floor. */
@Command(
    name = "bench",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "性能基准：与只用 StringBuilder + java.util.zip 的“地板”在同一次运行中对比，" + "输出单次命令耗时、稳态每份耗时、批量吞吐和峰值内存。",
      "Benchmark declgen beside a StringBuilder + java.util.zip floor in one run: one-shot "
          + "time, steady-state ms per document, batch throughput, peak memory."
    })
final class BenchCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      defaultValue = "data/nansha-zwsj.yaml",
      description = {
        "种子申报表（默认 data/nansha-zwsj.yaml）。",
        "Seed declaration (default: data/nansha-zwsj.yaml)."
      })
  String sample;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      description = {
        "每个单次命令运行几次，取中位数（默认 5）。",
        "Runs of each one-shot command; the median is reported (default: 5)."
      })
  int runs;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "200",
      description = {"批量测量的份数（默认 200）。", "Forms in the batch measurement (default: 200)."})
  int batch;

  @Option(
      names = "--make-batch",
      paramLabel = "DIR",
      description = {
        "不测量，只在 DIR 中生成 --count 份申报表（供 render DIR 试用）。",
        "Measure nothing; write --count declarations into DIR (to try render DIR)."
      })
  String makeBatch;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "1000",
      description = {
        "--make-batch 生成的份数（默认 1000）。",
        "Declarations --make-batch writes (default: 1000)."
      })
  int count;

  BenchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Path seed = ctx.workingDir().resolve(sample);
    if (!Files.isRegularFile(seed)) {
      ctx.print(FileProblem.notFound(sample));
      return ExitCodes.USAGE;
    }
    try {
      if (makeBatch != null) {
        Benchmark.makeBatch(seed, ctx.workingDir().resolve(makeBatch), count, ctx.pipeline);
        ctx.out.println(ctx.messages.get("cli.render.wrote", makeBatch));
        return ExitCodes.OK;
      }
      new Benchmark(options(seed), ctx.out, ctx.err, ctx.pipeline).run();
    } catch (DiagnosticException e) {
      ctx.print(Findings.of(e.diagnostics()));
      return ExitCodes.ERRORS;
    }
    return ExitCodes.OK;
  }

  private Benchmark.Options options(Path seed) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String launcher = installedLauncher(jar).orElse(System.getProperty("declgen.launcher"));
    List<String> declgen =
        launcher != null
            ? List.of(launcher)
            : List.of(
                java,
                "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString());
    Optional<Path> serverLock =
        Optional.ofNullable(System.getProperty(ResidentServer.DIR_PROPERTY))
            .map(dir -> Path.of(dir, Server.LOCK));
    return new Benchmark.Options(seed, runs, batch, declgen, java, jar, serverLock);
  }

  /**
   * The distribution's own bin/declgen beside lib/, as users run it: measured rather than the
   * checkout's ./declgen, whose check for changed sources is a developer's cost, not a user's.
   */
  private static Optional<String> installedLauncher(Path jar) {
    Path lib = jar.getParent();
    if (lib == null || lib.getParent() == null || File.separatorChar != '/') {
      return Optional.empty();
    }
    Path script = lib.getParent().resolve("bin").resolve("declgen");
    return Files.isExecutable(script) ? Optional.of(script.toString()) : Optional.empty();
  }
}
