package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.Messages;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.yaml.DeclarationWriter;

/**
 * import(render(x)) == x, byte for byte in YAML, for generated declarations — restricted to what
 * the printed form can carry:
 *
 * <ul>
 *   <li>Long texts (总体绩效目标, 主要实施内容, 期望达到的目标, 其他需完成的任务) are Markdown-light: Word shows their
 *       formatting, not the marks, so generated long texts hold no Markdown syntax characters
 *       ({@code * # > < -}); each line is one paragraph.
 *   <li>Amounts are printed with at least two decimals ({@code 5} prints as {@code 5.00}), so they
 *       are generated at the scale the form shows.
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
    Declaration x = withSingleValues(printable(generated));
    assertRoundTrip(MUNICIPAL, x);
  }

  private static void assertRoundTrip(Renderer renderer, Declaration x) throws Exception {
    byte[] docx = renderer.render(x, EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX);
    ImportResult result = new Importer(MESSAGES).importBytes("generated.docx", docx);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration())).isEqualTo(DeclarationWriter.write(x));
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
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
          new Task(
              t.name(),
              plainLong(t.content()),
              printed(t.funds()),
              plainLong(t.expectedOutcome())));
    }
    Budget b = d.budget();
    Budget budget =
        new Budget(
            printed(b.basicExpenditure()),
            printed(b.projectExpenditure()),
            printed(b.fiscalAppropriation()),
            printed(b.otherFunds()),
            printed(b.specialFunds()),
            printed(b.otherDevelopmentExpenditure()),
            printed(b.ownLevelFunds()),
            printed(b.transferFunds()));
    return new Declaration(
        d.department(),
        d.year(),
        d.basicInfo(),
        budget,
        plainLong(d.overallGoal()),
        tasks,
        plainLong(d.otherTasks()),
        d.indicators());
  }

  private static Declaration withoutBasicInfo(Declaration d) {
    return new Declaration(
        d.department(),
        d.year(),
        BasicInfo.BLANK,
        d.budget(),
        d.overallGoal(),
        d.tasks(),
        d.otherTasks(),
        d.indicators());
  }

  private static Declaration withSingleValues(Declaration d) {
    List<IndicatorCategory> categories = new ArrayList<>();
    for (IndicatorCategory c : d.indicators()) {
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        subs.add(
            new IndicatorSubcategory(
                s.label(),
                s.indicators().stream()
                    .map(i -> new Indicator(i.name(), i.annualValue(), i.annualValue()))
                    .toList()));
      }
      categories.add(new IndicatorCategory(c.label(), subs));
    }
    return new Declaration(
        d.department(),
        d.year(),
        d.basicInfo(),
        d.budget(),
        d.overallGoal(),
        d.tasks(),
        d.otherTasks(),
        categories);
  }

  private static Amount printed(Amount a) {
    if (a.isBlank()) {
      return a;
    }
    BigDecimal v = a.value();
    return new Amount(v.setScale(Math.max(2, v.stripTrailingZeros().scale())));
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
