package org.declgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.declgen.internal.FileTrees;

/** Starts a command as a process of its own and measures its wall time and peak memory. */
final class Processes {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** One finished run: wall seconds, peak resident set in MB (NaN where unknown). */
  record Run(double seconds, double peakMb) {}

  /**
   * A command line and what it adds to the environment this process runs in; with {@code
   * freshCache}, each run gets an empty cache folder of its own (DECLGEN_CACHE), as on a machine
   * declgen has never run on.
   */
  record Command(List<String> line, Map<String, String> env, boolean freshCache) {
    Command {
      line = List.copyOf(line);
      env = Map.copyOf(env);
    }

    Command(List<String> line, Map<String, String> env) {
      this(line, env, false);
    }
  }

  private final Path scratch;

  Processes(Path scratch) {
    this.scratch = scratch;
  }

  /** Runs the command to the end; fails when it exits non-zero. */
  Run run(Command command, Path workingDir) throws IOException, InterruptedException {
    Path rss = scratch.resolve("rss.txt");
    Files.deleteIfExists(rss);
    List<String> full = new ArrayList<>();
    if (Files.isExecutable(GNU_TIME)) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
    }
    full.addAll(command.line());
    ProcessBuilder pb =
        new ProcessBuilder(full)
            .directory(workingDir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(command.env());
    Path cache = command.freshCache() ? Files.createTempDirectory(scratch, "cache") : null;
    if (cache != null) {
      pb.environment().put("DECLGEN_CACHE", cache.toString());
    }
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (cache != null) {
      FileTrees.delete(cache);
    }
    if (code != 0) {
      throw new IOException("exit code " + code + " from " + String.join(" ", command.line()));
    }
    return new Run(seconds, peakMb(rss));
  }

  /**
   * The median wall time and median peak memory of {@code times} runs of each command, the commands
   * run in turn so that a moment of load slows them alike.
   */
  List<Run> medians(List<Command> commands, Path workingDir, int times)
      throws IOException, InterruptedException {
    double[][] seconds = new double[commands.size()][times];
    double[][] mb = new double[commands.size()][times];
    for (int t = 0; t < times; t++) {
      for (int c = 0; c < commands.size(); c++) {
        Run r = run(commands.get(c), workingDir);
        seconds[c][t] = r.seconds();
        mb[c][t] = r.peakMb();
      }
    }
    List<Run> runs = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      runs.add(new Run(Timing.median(seconds[c]), Timing.median(mb[c])));
    }
    return runs;
  }

  private static double peakMb(Path rss) throws IOException {
    if (!Files.isRegularFile(rss)) {
      return Double.NaN;
    }
    List<String> lines = Files.readAllLines(rss, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).strip().matches("\\d+")) {
        return Long.parseLong(lines.get(i).strip()) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
