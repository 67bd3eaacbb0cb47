package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.bench.LargeForms;
import org.declgen.diag.Messages;
import org.declgen.internal.WordXml;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.Task;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.declgen.testing.TestTemplates;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportRoundTripTest {
  static final Messages MESSAGES = Messages.chinese();
  private static final TemplateEngine ENGINE = new TemplateEngine(MESSAGES);

  static byte[] render(Declaration d, String template) throws Exception {
    return render(d, template, true);
  }

  static byte[] render(Declaration d, String template, boolean paginate) throws Exception {
    var set = new TemplateCatalog(Path.of("."), MESSAGES).resolve(template).paginated(paginate);
    return new Renderer(ENGINE, set)
        .render(d, EnumSet.of(OutputFormat.DOCX))
        .get(OutputFormat.DOCX);
  }

  static ImportResult importDocx(byte[] docx) throws Exception {
    return new Importer(MESSAGES, Frameworks.builtIn()).importBytes("form.docx", docx);
  }

  /**
   * import(render(x)) == x for the sample. The sample's 实施周期 and 年度 values are equal in every row,
   * which is what lets the one-column gd-municipal form carry them both.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void sampleSurvivesRenderAndImport(String template) throws Exception {
    ImportResult result = importDocx(render(Samples.nansha(), template));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(sampleAsImported(template));
  }

  /**
   * Issue 10: a form whose pages declgen decides reads back as the declaration it was printed from
   * — a task whose goals run over three pages is one task again (its long texts joined where they
   * were split, mid-paragraph or between paragraphs, its name and amount once), the heading rows
   * and labels printed again on each page are not read twice, and short texts broken to avoid a
   * character alone on a line are one line again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void aFormPrintedOverManyPagesSurvivesRenderAndImport(String template) throws Exception {
    Declaration large = LargeForms.of(Samples.nansha());
    Task task = large.tasks().get(1);
    String paragraph = task.expectedOutcome().strip();
    String goals =
        String.join("\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));
    List<Task> tasks = new ArrayList<>(large.tasks());
    tasks.set(1, task.withExpectedOutcome(goals));
    Declaration d = large.toBuilder().tasks(tasks).build();
    if (template.equals("gd-municipal")) {
      d = d.withTemplate("gd-municipal");
    }
    byte[] docx = render(d, template);
    assertThat(TestTemplates.entry(docx, "word/document.xml"))
        .as("the form really splits rows and paragraphs between pages")
        .contains(WordXml.CONTINUED_ROW + "3", WordXml.JOINED_PARAGRAPH + "2");

    ImportResult result = importDocx(docx);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(DeclarationWriter.write(d));
  }

  /**
   * Issue 10: values that mix an operator, a number and a unit, broken where a person would
   * (「≥3000000/人次」) or set narrower to stay on one line (「≥12345678件」, {@code w:w}), read back as
   * they were written.
   */
  @Test
  void balancedAndNarrowedValuesSurviveRenderAndImport() throws Exception {
    Declaration d =
        Samples.parse(
                "values.yaml",
                Samples.read(Samples.NANSHA)
                    .replace("指标值: 全区不低于36台", "指标值: ≥12345678件")
                    .replace("指标值: 不低于3KM", "指标值: ≥3000000人次")
                    .replace("指标值: 不低于4次", "指标值: 不少于≥5件"))
            .declaration();
    byte[] docx = render(d, "gz-district");
    assertThat(TestTemplates.entry(docx, "word/document.xml"))
        .as("the values really are narrowed and broken")
        .contains("<w:w w:val=\"94\"/>", "≥3000000</w:t></w:r><w:r><w:br/>");

    ImportResult result = importDocx(docx);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(DeclarationWriter.write(d));
  }

  /** The sample, naming the 市级 template when it was imported from that form (issue 11). */
  /**
   * A heading row printed again on a later page but typed over (「~~二级指标」) is no heading: the 一级
   * after it comes back to the one already read instead of becoming a second 「产出指标」 key, which made
   * import write a YAML that would not load (found by the import fuzz campaign).
   */
  @Test
  void aLabelThatComesBackAfterAForeignRowContinuesItsGroup() throws Exception {
    byte[] docx = render(Samples.nansha(), "gz-district");
    Map<String, byte[]> parts = new LinkedHashMap<>(TestTemplates.entries(docx));
    String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    int first = xml.indexOf(">二级指标<");
    int second = xml.indexOf(">二级指标<", first + 1);
    assertThat(second).as("the indicator heading is printed on a second page").isPositive();
    xml = xml.substring(0, second) + ">~~二级指标<" + xml.substring(second + ">二级指标<".length());
    parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));

    ImportResult result = importDocx(TestTemplates.zipBytes(parts));
    String yaml = DeclarationWriter.write(result.declaration());

    Declaration back = Samples.parse("back.yaml", yaml).declaration();
    assertThat(back.indicators().stream().map(IndicatorCategory::label))
        .containsOnlyOnce("产出指标", "效益指标", "满意度指标", "成本指标");
    assertThat(yaml).contains("系统吞吐量").contains("用户满意度");
  }

  static String sampleAsImported(String template) {
    return template.equals("gd-municipal")
        ? DeclarationWriter.write(Samples.nansha().withTemplate("gd-municipal"))
        : Samples.read(Samples.NANSHA);
  }

  /**
   * Issue 14, finding 8: {@code - } items came back as {@code • } and {@code **bold**} lost its
   * marks, so a form diffed against its own re-import showed changes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void listsBoldAndItalicSurviveRenderAndImport(String template) throws Exception {
    Declaration sample = Samples.nansha();
    String goal = "年度目标：\n- 完成**三项**重点改革\n- 群众满意度**≥90%**\n*全年*推进“数字城市建设”";
    Task task = sample.tasks().get(0);
    List<Task> tasks = new ArrayList<>(sample.tasks());
    tasks.set(
        0, task.withContent("- （一）拓展“跨域通办”\n- （二）**深化**改革").withExpectedOutcome("**全部**按时完成"));
    Declaration d = sample.toBuilder().overallGoal(goal).tasks(tasks).otherTasks("- 其他任务").build();
    if (template.equals("gd-municipal")) {
      d = d.withTemplate("gd-municipal");
    }

    ImportResult result = importDocx(render(d, template));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(DeclarationWriter.write(d));
  }

  /** A bullet the clerk typed as text is not a list item the renderer wrote, and stays as typed. */
  @Test
  void aTypedBulletStaysTyped() throws Exception {
    Declaration sample = Samples.nansha();
    Declaration d = sample.withOverallGoal("• 第一项\n• 第二项");

    ImportResult result = importDocx(render(d, "gz-district"));

    assertThat(result.declaration().overallGoal()).isEqualTo("• 第一项\n• 第二项");
  }

  @Test
  void seedMarkdownImportsToTheSampleDeclaration() throws Exception {
    ImportResult result =
        new Importer(MESSAGES, Frameworks.builtIn())
            .importFile(Path.of("src/test/resources/import/nansha-seed.txt"));

    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
    assertThat(result.unmappedCount()).isZero();
    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .anyMatch(m -> m.contains("「产出指标」"))
        .anyMatch(m -> m.contains("「生态效益指标」"))
        .anyMatch(m -> m.contains("右移"));
  }
}
