package org.declgen.template.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Template;
import java.util.HashMap;
import java.util.List;
import org.declgen.diag.Messages;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.render.markdown.MarkdownRenderer;
import org.declgen.template.TemplateEngine;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/** Issue 10 item 3: what a template gets for an amount, and the exact value beside it. */
class AmountModelTest {
  private static final Messages MESSAGES = Messages.chinese();
  private static final TemplateEngine ENGINE = new TemplateEngine(MESSAGES);

  @Test
  void printsAsTheFormAndOffersTheExactValueOnlyWhenRounded() throws Exception {
    Template t =
        ENGINE.markdownTemplate(
            "t.md.ftl",
            "<#list 年度重点工作任务 as 任务>[<#if 任务.拟投入的资金?has_content>有</#if>"
                + "${任务.拟投入的资金}|${任务.拟投入的资金.精确值}]</#list>");
    Declaration d =
        Declaration.builder()
            .tasks(
                List.of(
                    Task.BLANK.withFunds(Amount.of("1999.675843")),
                    Task.BLANK.withFunds(Amount.of("5")),
                    Task.BLANK))
            .build();
    String out = MarkdownRenderer.render(t, new HashMap<>(TemplateView.of(d)), MESSAGES);
    assertThat(out).isEqualTo("[有1,999.68|1999.675843][有5.00|][|]\n");
  }

  @Test
  void aMisspeltExactValueIsRefusedWhenTheTemplateLoads() {
    assertThatThrownBy(
            () ->
                ENGINE.markdownTemplate(
                    "t.md.ftl", "<#list 年度重点工作任务 as 任务>${任务.拟投入的资金.精确}</#list>"))
        .hasMessageContaining("「拟投入的资金」没有「精确」这一项");
  }

  @Test
  void arithmeticOnAmountsIsExactAndPrintsAsAnAmount() throws Exception {
    String sum = "预算整体情况.部门预算支出.基本支出 + 预算整体情况.部门预算支出.项目支出";
    Template t =
        ENGINE.markdownTemplate(
            "t.md.ftl",
            "${"
                + sum
                + "}|${预算整体情况.部门预算支出.项目支出 - 预算整体情况.部门预算支出.基本支出}"
                + "|${预算整体情况.部门预算支出.项目支出 * 2}"
                + "|${预算整体情况.部门预算支出.项目支出 / 预算整体情况.部门预算支出.项目支出}"
                + "|<#if 预算整体情况.部门预算支出.基本支出 lt 预算整体情况.部门预算支出.项目支出>lt</#if>"
                + "<#if 预算整体情况.部门预算支出.基本支出 == 0.004>=</#if>"
                + "|${预算整体情况.部门预算支出.基本支出}|${年度重点工作任务?size + 1}");
    Declaration d =
        Samples.parse("x.yaml", "预算整体情况:\n  部门预算支出: {基本支出: 0.004, 项目支出: 1000.004}\n").declaration();
    String out = MarkdownRenderer.render(t, new HashMap<>(TemplateView.of(d)), MESSAGES);
    assertThat(out).isEqualTo("1,000.01|1,000.00|2,000.01|1|lt=|0.00|1\n");
  }

  @Test
  void aBlankAmountInArithmeticSaysSoInsteadOfCountingItAsZero() throws Exception {
    Template t = ENGINE.markdownTemplate("t.md.ftl", "${预算整体情况.部门预算支出.基本支出 + 预算整体情况.部门预算支出.项目支出}");
    Declaration d =
        Samples.parse("x.yaml", "预算整体情况:\n  部门预算支出: {基本支出: 1, 项目支出: ~}\n").declaration();
    assertThatThrownBy(
            () -> MarkdownRenderer.render(t, new HashMap<>(TemplateView.of(d)), MESSAGES))
        .hasMessageContaining("金额未填写（空着，不是 0），不能用来计算或比较")
        .hasMessageContaining("?has_content");
  }
}
