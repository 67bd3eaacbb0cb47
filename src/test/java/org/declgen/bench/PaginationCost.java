package org.declgen.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.declgen.diag.Messages;
import org.declgen.internal.FileTrees;
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
 * <p>A paginated document is longer (each page repeats its table's start, heading rows and labels,
 * and a paragraph starts it), and encoding and compressing it costs in proportion: the last columns
 * time that alone (UTF-8 and deflate of the main part, as the renderer packs it) in the same
 * rounds, and give what the longer one adds as a share of the render without pagination.
 *
 * <p>Arguments: {@code [rounds] [template]}, by default 21 rounds of the built-in default template.
 */
public final class PaginationCost {
  private static final long WARM_UP_NANOS = 2_000_000_000L;
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
          "| form | off: median / min ms | on: median / min ms | on/off | CPU on/off"
              + " | document.xml off → on | packing it off → on (ms) | packing's share |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (Declaration d : List.of(sample, large)) {
        String plainXml = mainPart(pipeline.render(d, off.toString(), DOCX).get(OutputFormat.DOCX));
        String pagedXml = mainPart(pipeline.render(d, template, DOCX).get(OutputFormat.DOCX));
        double[][][] t =
            rounds(
                List.of(
                    () -> pipeline.render(d, off.toString(), DOCX),
                    () -> pipeline.render(d, template, DOCX),
                    () -> pack(plainXml),
                    () -> pack(pagedXml)),
                rounds);
        double[][] wall = t[0];
        double[][] cpu = t[1];
        double[] ratio = new double[rounds];
        double[] cpuRatio = new double[rounds];
        double[] packingShare = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratio[r] = wall[1][r] / wall[0][r];
          cpuRatio[r] = cpu[1][r] / cpu[0][r];
          packingShare[r] = (wall[3][r] - wall[2][r]) / wall[0][r];
        }
        System.out.printf(
            Locale.ROOT,
            "| %s | %.3f / %.3f | %.3f / %.3f | %+.1f%% | %+.1f%% | %,d → %,d bytes"
                + " | %.3f → %.3f | %+.1f%% |%n",
            d == sample ? "sample" : "large (20 tasks, 600 rows)",
            Timing.median(wall[0]),
            min(wall[0]),
            Timing.median(wall[1]),
            min(wall[1]),
            (Timing.median(ratio) - 1) * 100,
            (Timing.median(cpuRatio) - 1) * 100,
            plainXml.getBytes(StandardCharsets.UTF_8).length,
            pagedXml.getBytes(StandardCharsets.UTF_8).length,
            Timing.median(wall[2]),
            Timing.median(wall[3]),
            Timing.median(packingShare) * 100);
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  private static final EnumSet<OutputFormat> DOCX = EnumSet.of(OutputFormat.DOCX);

  /**
   * Wall and thread-CPU ms per call of each work, by round: {@code [wall|cpu][work][round]}. The
   * works take turns in every round, each round starting with the next one.
   */
  private static double[][][] rounds(List<Timing.Work> works, int rounds) throws Exception {
    for (Timing.Work w : works) {
      Timing.repeatFor(w, WARM_UP_NANOS);
    }
    int n = works.size();
    double[][][] ms = new double[2][n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int which = (r + k) % n;
        double[] one = round(works.get(which));
        ms[0][which][r] = one[0];
        ms[1][which][r] = one[1];
      }
    }
    return ms;
  }

  /** The main part of a .docx, as text. */
  private static String mainPart(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("no word/document.xml");
  }

  /** Encodes and deflates a main part as the renderer does (UTF-8, a zip entry, fastest level). */
  private static void pack(String xml) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(new ByteArrayOutputStream(64 * 1024));
    zip.setLevel(Deflater.BEST_SPEED);
    zip.putNextEntry(new ZipEntry("word/document.xml"));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  /** Wall and thread-CPU milliseconds per call over one round. */
  private static double[] round(Timing.Work work) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int calls = Timing.repeatFor(work, ROUND_NANOS);
    long wall = System.nanoTime() - start;
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    return new double[] {wall / 1e6 / calls, cpu / 1e6 / calls};
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

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }
}
