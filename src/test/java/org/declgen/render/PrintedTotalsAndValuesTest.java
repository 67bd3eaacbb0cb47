package org.declgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.declgen.diag.Messages;
import org.declgen.form.PrintedValues;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * What the built-in forms print, as the checks use it: which value columns of the indicator table,
 * and a 合计 only when every part of its group is filled.
 */
class PrintedTotalsAndValuesTest {
  private static final Messages MESSAGES = Messages.chinese();

  private static Renderer renderer(String template) throws Exception {
    return new Renderer(
        new TemplateEngine(MESSAGES),
        new TemplateCatalog(Path.of("."), MESSAGES).resolve(template));
  }

  @Test
  void theDistrictFormPrintsBothValueColumnsTheMunicipalFormTheAnnualOne() throws Exception {
    assertThat(renderer("gz-district").printedValues())
        .isEqualTo(new PrintedValues("gz-district", true, true));
    assertThat(renderer("gd-municipal").printedValues())
        .isEqualTo(new PrintedValues("gd-municipal", false, true));
  }

  @Test
  void aTotalIsBlankWhenAnyOfItsPartsIsBlank() throws Exception {
    Declaration full = Samples.parse("x.yaml", Samples.read(Samples.NANSHA)).declaration();
    Declaration half = full.withBudget(full.budget().withBasicExpenditure(Amount.BLANK));
    for (String template : new String[] {"gz-district", "gd-municipal"}) {
      assertThat(renderer(template).markdown(full)).contains("| 部门预算支出 | 合计 | 15,074.16 |");
      String markdown = renderer(template).markdown(half);
      assertThat(markdown)
          .contains("| 部门预算支出 | 基本支出 |  |", "| 部门预算支出 | 合计 |  |")
          .contains("| 收入来源 | 合计 | 15,074.16 |")
          .doesNotContain("| 部门预算支出 | 合计 | 13,074.48 |");
    }
  }
}
