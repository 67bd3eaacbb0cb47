package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.Messages;
import org.declgen.model.BasicInfo;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.AsPrinted;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationWriter;

/**
 * import(render(x)) == x, byte for byte in YAML, for generated declarations — restricted to what
 * the printed form can carry:
 *
 * <ul>
 *   <li>Long texts (总体绩效目标, 主要实施内容, 期望达到的目标, 其他需完成的任务) are Markdown-light: Word shows their
 *       formatting, not the marks, and import reads the formatting back in the one way it is
 *       written canonically — {@code - } list items and {@code **bold**} runs — so generated long
 *       texts use those marks and no other Markdown syntax ({@code * # > < -} elsewhere); each line
 *       is one paragraph.
 *   <li>Amounts are printed with two decimals, rounded half up ({@code 5} prints as {@code 5.00},
 *       {@code 1.005} as {@code 1.01}), so they are generated at the scale the form shows.
 *   <li>模板 is not printed; the import names the 市级 template when it recognises that form.
 *   <li>gz-district does not print 基本信息, so it is blank; gd-municipal prints one 指标值 column, so
 *       实施周期 and 年度 values are equal.
 * </ul>
 */
class ImportRoundTripProperties {
  private static final Messages MESSAGES = Messages.chinese();
  private static final TemplateEngine ENGINE = new TemplateEngine(MESSAGES);
  private static final Renderer DISTRICT = renderer("gz-district");
  private static final Renderer MUNICIPAL = renderer("gd-municipal");

  @Property(tries = 200)
  void districtFormRoundTrips(@ForAll("declarations") Declaration generated) throws Exception {
    Declaration x = withoutBasicInfo(printable(generated));
    assertRoundTrip(DISTRICT, x);
  }

  @Property(tries = 200)
  void municipalFormRoundTrips(@ForAll("declarations") Declaration generated) throws Exception {
    Declaration x = AsPrinted.singleValues(printable(generated));
    assertRoundTrip(MUNICIPAL, x, x.withTemplate("gd-municipal"));
  }

  /** Issue 14, finding 8: lists and bold come back as they were written, in both templates. */
  @Property(tries = 100)
  void listsAndBoldSurviveRenderAndImport(
      @ForAll("declarations") Declaration generated,
      @ForAll("markdownLight") List<String> texts,
      @ForAll boolean municipal)
      throws Exception {
    Declaration x = withLongTexts(printable(generated), texts);
    if (municipal) {
      Declaration single = AsPrinted.singleValues(x);
      assertRoundTrip(MUNICIPAL, single, single.withTemplate("gd-municipal"));
    } else {
      assertRoundTrip(DISTRICT, withoutBasicInfo(x));
    }
  }

  private static void assertRoundTrip(Renderer renderer, Declaration x) throws Exception {
    assertRoundTrip(renderer, x, x);
  }

  private static void assertRoundTrip(Renderer renderer, Declaration x, Declaration imported)
      throws Exception {
    byte[] docx = renderer.render(x, EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX);
    ImportResult result =
        new Importer(MESSAGES, Frameworks.builtIn()).importBytes("generated.docx", docx);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(DeclarationWriter.write(imported));
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  /**
   * Long texts in canonical Markdown-light: lines, some {@code - } items, some bold runs. A bold
   * run starts and ends with a letter or digit, so its marks always read as bold (a mark against
   * punctuation inside a word prints as an asterisk, which has no bold to come back as).
   */
  @Provide
  Arbitrary<List<String>> markdownLight() {
    Arbitrary<Segment> plain =
        Arbitraries.of("政务", "服务", "（一）", "“一件事”", "≥90%", "RTO", "0.95", "。", "，", " ")
            .map(w -> new Segment(w, false));
    Arbitrary<Segment> bold =
        Arbitraries.of("审批", "数据平台", "RTO", "0.95", "≥90", "全区36台").map(w -> new Segment(w, true));
    Arbitrary<String> line =
        Combinators.combine(
                Arbitraries.of(false, false, true),
                Arbitraries.oneOf(plain, plain, bold).list().ofMinSize(1).ofMaxSize(6))
            .as((item, segments) -> ((item ? "- " : "") + canonical(segments).strip()).strip())
            .filter(l -> !l.isEmpty() && !l.equals("-"));
    return line.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("\n", l)).list().ofSize(4);
  }

  private record Segment(String text, boolean bold) {}

  /** Neighbouring bold words as one bold run, as a writer of the text would mark them. */
  private static String canonical(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.size(); ) {
      boolean bold = segments.get(i).bold();
      StringBuilder run = new StringBuilder();
      for (; i < segments.size() && segments.get(i).bold() == bold; i++) {
        run.append(segments.get(i).text());
      }
      sb.append(bold ? "**" + run + "**" : run);
    }
    return sb.toString();
  }

  private static Declaration withLongTexts(Declaration d, List<String> texts) {
    List<Task> tasks = new ArrayList<>();
    for (Task t : d.tasks()) {
      tasks.add(t.withContent(texts.get(2)).withExpectedOutcome(texts.get(3)));
    }
    return d.toBuilder().overallGoal(texts.get(0)).tasks(tasks).otherTasks(texts.get(1)).build();
  }

  private static Renderer renderer(String id) {
    try {
      return new Renderer(ENGINE, new TemplateCatalog(Path.of("."), MESSAGES).resolve(id));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Declaration printable(Declaration d) {
    List<Task> tasks = new ArrayList<>();
    for (Task t : d.tasks()) {
      tasks.add(
          t.withContent(plainLong(t.content()))
              .withFunds(AsPrinted.amount(t.funds()))
              .withExpectedOutcome(plainLong(t.expectedOutcome())));
    }
    return d.withTemplate(null)
        .withBudget(AsPrinted.budget(d.budget()))
        .withOverallGoal(plainLong(d.overallGoal()))
        .withTasks(tasks)
        .withOtherTasks(plainLong(d.otherTasks()));
  }

  private static Declaration withoutBasicInfo(Declaration d) {
    return d.withBasicInfo(BasicInfo.BLANK);
  }

  private static String plainLong(String text) {
    if (text == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.replaceAll("[*#><\\-]", "").split("\n")) {
      if (!line.strip().isEmpty()) {
        lines.add(line.strip());
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }
}
