package org.declgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import org.declgen.check.CheckConfig;
import org.declgen.check.Checker;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diff.DeclarationDiff;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.render.OutputFormat;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.LoadedDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How time grows with the size of a declaration, for the shapes that make large files within the
 * loader's limits (docs/robustness.md): a quarter, a half and all of the largest, each loaded,
 * checked, rendered (Word and Markdown) and compared with the sample and with itself. A report, not
 * a test with timing limits: {@code -Ddeclgen.fuzz.yaml.scaling=true} runs it and prints
 * milliseconds per step; time per kilobyte should stay level from a quarter to the whole.
 */
@EnabledIfSystemProperty(named = "declgen.fuzz.yaml.scaling", matches = "true")
class ScalingReport {
  private static final String SAMPLE = Samples.read(Samples.NANSHA);

  private record Shape(String name, int largest, IntFunction<String> yaml) {}

  private static final List<Shape> SHAPES =
      List.of(
          new Shape(
              "indicators",
              19_000,
              n -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < n; i++) {
                  s.append("      - {三级指标: 第").append(i).append("项指标, 指标值: ≥").append(i);
                  s.append("件}\n");
                }
                return SAMPLE.replace("    数量指标:\n", "    数量指标:\n" + s);
              }),
          new Shape(
              "tasks",
              14_000,
              n -> {
                StringBuilder s = new StringBuilder("年度重点工作任务:\n");
                for (int i = 0; i < n; i++) {
                  s.append("  - 名称: 任务").append(i).append("\n    主要实施内容: 推进第").append(i);
                  s.append("项工作。\n    拟投入的资金: ").append(i).append(".5\n");
                }
                return SAMPLE.replaceFirst("(?s)年度重点工作任务:.*?(?=其他需完成的任务)", s.toString());
              }),
          new Shape(
              "long texts",
              60,
              n -> {
                StringBuilder s = new StringBuilder("年度重点工作任务:\n");
                String sentence = "推进政务服务一体化，提升审批效能，完善数据管理制度。";
                String text = sentence.repeat(19_000 / sentence.length());
                for (int i = 0; i < n; i++) {
                  s.append("  - 名称: 任务").append(i).append("\n    主要实施内容: |\n      ");
                  s.append(text).append(i).append("\n");
                }
                return SAMPLE.replaceFirst("(?s)年度重点工作任务:.*?(?=其他需完成的任务)", s.toString());
              }),
          new Shape(
              "errors",
              45_000,
              n -> {
                StringBuilder s = new StringBuilder(SAMPLE);
                for (int i = 0; i < n; i++) {
                  s.append("不认识的键").append(i).append(": 值\n");
                }
                return s.toString();
              }));

  @Test
  void timePerKilobyteStaysLevel() throws Exception {
    Pipeline pipeline = new Pipeline(Path.of("").toAbsolutePath(), Messages.chinese());
    Checker checker =
        new Checker(Messages.chinese(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"));
    StringBuilder report =
        new StringBuilder("shape        size KB   load  check render   diff   ms/KB\n");
    for (Shape shape : SHAPES) {
      for (int warm = 0; warm < 2; warm++) {
        for (int part : new int[] {4, 2, 1}) {
          byte[] bytes =
              shape.yaml().apply(shape.largest() / part).getBytes(StandardCharsets.UTF_8);
          long[] ms = steps(bytes, pipeline, checker);
          if (warm == 1) {
            long total = ms[0] + ms[1] + ms[2] + ms[3];
            report.append(
                String.format(
                    "%-12s %7d %6d %6d %6d %6d %7.2f%n",
                    shape.name(),
                    bytes.length / 1024,
                    ms[0],
                    ms[1],
                    ms[2],
                    ms[3],
                    total / (bytes.length / 1024.0)));
          }
        }
      }
    }
    System.out.println(report);
    Files.writeString(Path.of("target/fuzz-yaml-scaling.txt"), report);
    assertThat(report).isNotEmpty();
  }

  private static long[] steps(byte[] bytes, Pipeline pipeline, Checker checker)
      throws DiagnosticException {
    long t0 = System.nanoTime();
    LoadedDeclaration loaded;
    try {
      loaded = new DeclarationReader(Messages.chinese()).read("x.yaml", bytes);
    } catch (DiagnosticException e) {
      return new long[] {(System.nanoTime() - t0) / 1_000_000, 0, 0, 0};
    }
    long t1 = System.nanoTime();
    checker.check(loaded);
    long t2 = System.nanoTime();
    Declaration d = loaded.declaration();
    pipeline.render(d, "gz-district", EnumSet.of(OutputFormat.DOCX, OutputFormat.MD));
    long t3 = System.nanoTime();
    DeclarationDiff.compare(Samples.nansha(), d);
    DeclarationDiff.compare(d, d);
    long t4 = System.nanoTime();
    return new long[] {
      (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000
    };
  }
}
