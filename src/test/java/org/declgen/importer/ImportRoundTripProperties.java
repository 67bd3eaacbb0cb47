package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
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
import org.declgen.template.TemplateCatalog;
import org.declgen.template.TemplateEngine;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationWriter;

/**
 * import(render(x)) == x, byte for byte in YAML, for generated declarations — restricted to what
 * the printed form can carry:
 *
 * <ul>
 *   <li>Long texts (总体绩效目标, 主要实施内容, 期望达到的目标, 其他需完成的任务) are Markdown-light: Word shows their
 *       formatting, not the marks, so generated long texts hold no Markdown syntax characters
 *       ({@code * # > < -}); each line is one paragraph.
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
    Declaration x = withSingleValues(printable(generated));
    assertRoundTrip(MUNICIPAL, x, x.withTemplate("gd-municipal"));
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
              .withFunds(printed(t.funds()))
              .withExpectedOutcome(plainLong(t.expectedOutcome())));
    }
    Budget b = d.budget();
    Budget budget =
        b.withBasicExpenditure(printed(b.basicExpenditure()))
            .withProjectExpenditure(printed(b.projectExpenditure()))
            .withFiscalAppropriation(printed(b.fiscalAppropriation()))
            .withOtherFunds(printed(b.otherFunds()))
            .withSpecialFunds(printed(b.specialFunds()))
            .withOtherDevelopmentExpenditure(printed(b.otherDevelopmentExpenditure()))
            .withOwnLevelFunds(printed(b.ownLevelFunds()))
            .withTransferFunds(printed(b.transferFunds()));
    return d.withTemplate(null)
        .withBudget(budget)
        .withOverallGoal(plainLong(d.overallGoal()))
        .withTasks(tasks)
        .withOtherTasks(plainLong(d.otherTasks()));
  }

  private static Declaration withoutBasicInfo(Declaration d) {
    return d.withBasicInfo(BasicInfo.BLANK);
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
    return d.withIndicators(categories);
  }

  private static Amount printed(Amount a) {
    if (a.isBlank()) {
      return a;
    }
    return new Amount(a.value().setScale(2, RoundingMode.HALF_UP));
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
