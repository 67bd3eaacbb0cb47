package org.declgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.internal.FileTrees;
import org.declgen.model.BasicInfo;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.declgen.pipeline.Imported;
import org.declgen.pipeline.Pipeline;
import org.declgen.render.OutputFormat;
import org.declgen.testing.AsPrinted;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;

/**
 * Issue 14's round trip, from the YAML side: what a form prints (one-line fields holding 𠮷, emoji,
 * YAML's own words and indicators; long texts with {@code - } items and {@code **bold**}) comes
 * back from {@code import} as the same YAML, in both built-in templates. What a template does not
 * print is left out of the comparison: 模板, 基本信息 on the 区级 form, a second 指标值 column on the 市级 form,
 * amounts as printed, to two decimals.
 */
class RenderImportProperties {
  private static final Pipeline PIPELINE =
      new Pipeline(Path.of("").toAbsolutePath(), Messages.chinese());

  @Property(tries = 60)
  void whatAFormPrintsImportsBackAsTheSameYaml(
      @ForAll("printablePlain") Declaration d, @ForAll boolean municipal) throws Exception {
    assertImportsBack(d, municipal);
  }

  @Property(tries = 60)
  void listsAndBoldImportBackToo(@ForAll("printable") Declaration d, @ForAll boolean municipal)
      throws Exception {
    assertImportsBack(d, municipal);
  }

  private static void assertImportsBack(Declaration d, boolean municipal)
      throws IOException, DiagnosticException {
    String template = municipal ? "gd-municipal" : "gz-district";
    Declaration expected = municipal ? AsPrinted.singleValues(d) : d.withBasicInfo(BasicInfo.BLANK);
    byte[] docx =
        PIPELINE.render(expected, template, EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX);
    Path dir = Files.createTempDirectory("declgen-roundtrip");
    Declaration back;
    try {
      back = importBack(docx, dir);
    } finally {
      FileTrees.delete(dir);
    }
    assertThat(DeclarationWriter.write(back.withTemplate(null)))
        .isEqualTo(DeclarationWriter.write(expected));
  }

  private static Declaration importBack(byte[] docx, Path dir)
      throws IOException, DiagnosticException {
    Path form = Files.write(dir.resolve("form.docx"), docx);
    Path yaml = dir.resolve("form.yaml");
    Imported imported =
        PIPELINE.importForm(
            form.toString(), Optional.of(yaml.toString()), Optional.empty(), true, false);
    assertThat(imported.outcome())
        .as(imported.findings().toString())
        .isEqualTo(Imported.Outcome.WRITTEN);
    return Samples.parse("form.yaml", Files.readString(yaml)).declaration();
  }

  /** Declarations as a form prints them: amounts with two decimals, canonical long texts. */
  @Provide
  Arbitrary<Declaration> printable() {
    return printable(longText(true));
  }

  /** The same, with long texts of plain lines only. */
  @Provide
  Arbitrary<Declaration> printablePlain() {
    return printable(longText(false));
  }

  private static Arbitrary<Declaration> printable(Arbitrary<String> longText) {
    return Combinators.combine(
            DeclarationArbitraries.declarations(),
            oneLine().list().ofSize(8),
            longText.list().ofSize(4))
        .as(RenderImportProperties::printed);
  }

  /** A one-line text of odd characters and YAML's words, as a cell shows it (trimmed, one line). */
  private static Arbitrary<String> oneLine() {
    return DeclarationArbitraries.hostileText()
        .filter(t -> t == null || (t.strip().equals(t) && !t.contains("\n") && !t.contains("\t")));
  }

  /** Lines of plain words and, when {@code marked}, bold words and {@code - } items. */
  private static Arbitrary<String> longText(boolean marked) {
    Arbitrary<String> plain =
        Arbitraries.of("政务", "服务", "（一）", "“一件事”", "≥90%", "𠮷", "😀", "，", "RTO");
    Arbitrary<String> bold = Arbitraries.of("审批", "数据平台", "𪚥局", "全区36台").map(w -> "**" + w + "**");
    Arbitrary<String> line =
        Combinators.combine(
                marked ? Arbitraries.of("", "", "- ") : Arbitraries.just(""),
                (marked ? Arbitraries.oneOf(plain, plain, bold) : plain)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5))
            .as((item, words) -> item + String.join("", words).replace("****", ""));
    return line.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l));
  }

  private static Declaration printed(Declaration d, List<String> lines, List<String> longs) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < d.tasks().size(); i++) {
      Task t = d.tasks().get(i);
      String name = lines.get(i % 3) == null ? t.name() : "任务" + (i + 1) + lines.get(i % 3);
      tasks.add(new Task(name, longs.get(2), AsPrinted.amount(t.funds()), longs.get(3)));
    }
    return d.toBuilder()
        .template(null)
        .department(lines.get(3))
        .year(lines.get(4))
        .budget(AsPrinted.budget(d.budget()))
        .overallGoal(longs.get(0))
        .tasks(tasks)
        .otherTasks(longs.get(1))
        .indicators(indicators(d.indicators(), lines.get(5), lines.get(6), lines.get(7)))
        .build();
  }

  private static List<IndicatorCategory> indicators(
      List<IndicatorCategory> categories, String name, String period, String annual) {
    List<IndicatorCategory> result = new ArrayList<>();
    for (IndicatorCategory c : categories) {
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : s.indicators()) {
          indicators.add(
              new Indicator(
                  name == null ? i.name() : i.name() + name,
                  period == null ? i.periodValue() : period,
                  annual == null ? i.annualValue() : annual));
        }
        subs.add(new IndicatorSubcategory(s.label(), indicators));
      }
      result.add(new IndicatorCategory(c.label(), subs));
    }
    return result;
  }
}
