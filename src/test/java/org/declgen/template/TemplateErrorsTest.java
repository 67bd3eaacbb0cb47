package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.declgen.testing.TestTemplates.docx;
import static org.declgen.testing.TestTemplates.p;
import static org.declgen.testing.TestTemplates.tbl;
import static org.declgen.testing.TestTemplates.tc;
import static org.declgen.testing.TestTemplates.tr;

import freemarker.template.Template;
import java.util.List;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.render.docx.DocxRenderer;
import org.declgen.render.markdown.MarkdownRenderer;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.view.TemplateView;
import org.declgen.testing.TestTemplates;
import org.junit.jupiter.api.Test;

/**
 * Template mistakes are reported in the words a person sees in Word — the table, row and column or
 * the paragraph, and the markup as typed — with FreeMarker's explanation, never a line of the
 * generated XML.
 */
class TemplateErrorsTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());

  private static final String INDICATOR_TABLE_ROW_3 = "第 1 个表格「绩效指标」第 3 行第 2 列";

  /** A 绩效指标 table whose third row, second column holds {@code markup}. */
  private static String indicatorTable(String markup) {
    return tbl(
        2,
        tr(tc(p("绩效指标")), tc(p("三级指标"))),
        tr(tc(p("说明")), tc(p("每个三级指标一行"))),
        tr(tc(p("<#list 绩效指标行 as 指标>")), tc(p(markup), p("</#list>"))));
  }

  @Test
  void unknownFieldFailsAtLoadWithASuggestion() {
    Diagnostic d = compileError(p("部门：${部门名}"));
    assertThat(d.message()).contains("段落「部门：${部门名}」").contains("「部门名」");
    assertThat(d.hint()).contains("部门名称");
  }

  @Test
  void unknownMemberNamesTheRowAndTheMarkup() {
    Diagnostic d = compileError(indicatorTable("${指标.三级}"));
    assertThat(d.message())
        .contains(INDICATOR_TABLE_ROW_3)
        .contains("${指标.三级}")
        .contains("「指标」没有「三级」");
    assertThat(d.hint()).contains("三级指标");
  }

  @Test
  void listingTheIndicatorTreeAsRowsSuggestsTheRowsAtLoad() {
    Diagnostic d =
        compileError(
            tbl(
                2,
                tr(tc(p("绩效指标")), tc(p("三级指标"))),
                tr(tc(p("<#list 绩效指标 as 指标>")), tc(p("${指标.三级指标}"), p("</#list>")))));
    assertThat(d.message())
        .contains("第 1 个表格「绩效指标」第 2 行第 2 列")
        .contains("${指标.三级指标}")
        .contains("<#list 绩效指标 as 指标>");
    assertThat(d.hint()).contains("<#list 绩效指标行 as 指标>");
  }

  @Test
  void aLoopVariableMeansWhatItsOwnListHoldsNotWhatAnEarlierListHeld() {
    String source =
        "<#list 绩效指标行 as 指标>${指标.三级指标}</#list>\n" + "<#list 绩效指标 as 指标>${指标.三级指标}</#list>\n";
    List<Diagnostic> errors = markdownErrors(source);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).contains("第 2 行").contains("<#list 绩效指标 as 指标>");
    assertThat(errors.get(0).hint()).contains("<#list 绩效指标行 as 指标>");
  }

  @Test
  void theIndicatorTreeWalkedLevelByLevelIsAccepted() throws Exception {
    ENGINE.markdownTemplate(
        "review.md.ftl",
        "<#list 绩效指标 as 一级><#list 一级.二级指标 as 二级><#list 二级.三级指标 as 指标>"
            + "${一级.名称} ${二级.名称} ${指标.三级指标}</#list></#list></#list>\n");
  }

  @Test
  void unclosedDirectiveNamesWhereItWasOpened() {
    Diagnostic d =
        compileError(
            tbl(
                2,
                tr(tc(p("绩效指标")), tc(p("三级指标"))),
                tr(tc(p("<#list 绩效指标行 as 指标>")), tc(p("${指标.三级指标}")))));
    assertThat(d.message())
        .contains("第 1 个表格「绩效指标」第 2 行第 1 列")
        .contains("<#list 绩效指标行 as 指标>")
        .contains("</#list>");
  }

  @Test
  void badExpressionIsReportedAtTheRowNotTheXmlLine() {
    Diagnostic d = compileError(indicatorTable("${指标.三级指标 + }"));
    assertThat(d.message())
        .contains(INDICATOR_TABLE_ROW_3)
        .contains("${指标.三级指标 + }")
        .doesNotContain("line 1, column")
        .doesNotContain("w:tc");
  }

  @Test
  void forbiddenBuiltinIsRefused() {
    Diagnostic d = compileError(p("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
    assertThat(d.message()).contains("?new").contains("安全");
  }

  @Test
  void apiBuiltinIsRefused() {
    Diagnostic d = compileError(p("${部门名称?api.getClass()}"));
    assertThat(d.message()).contains("?api");
  }

  @Test
  void includeIsRefused() {
    Diagnostic d = compileError(p("<#include \"/etc/passwd\">"));
    assertThat(d.message()).contains("<#include>");
  }

  @Test
  void whatAnAssignmentReadsIsCheckedLikeAnyOtherName() {
    Diagnostic d = compileError(p("<#assign 支出 = 预算整体情况.部门预算支出.合记>${支出}"));
    assertThat(d.message()).contains("「部门预算支出」没有「合记」");
    assertThat(d.hint()).contains("合计");
  }

  @Test
  void aMacroTheTemplateDoesNotDefineIsNamed() {
    Diagnostic d = compileError(p("<#macro 标注 文字>${文字}</#macro><@标记 文字=部门名称/>"));
    assertThat(d.message()).contains("未定义的宏「标记」");
  }

  @Test
  void errorWhileRenderingNamesTheRow() throws Exception {
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(indicatorTable("${指标.三级指标?number}")));
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () -> DocxRenderer.documentXml(t, TemplateView.of(TemplateLanguageTest.data())));
    assertThat(e).isNotNull();
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.message())
        .contains(INDICATOR_TABLE_ROW_3)
        .contains("${指标.三级指标?number}")
        .doesNotContain("[in template");
    assertThat(d.position().file()).isEqualTo("t.docx");
  }

  @Test
  void aMisspeltNameTheLoadCheckCannotFollowIsExplainedWhereItIsTypedWithASuggestion()
      throws Exception {
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(p("<#assign 任务 = 年度重点工作任务[0]>${任务.名字}")));
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () -> DocxRenderer.documentXml(t, TemplateView.of(TemplateLanguageTest.data())));
    assertThat(e).isNotNull();
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.message())
        .contains("段落")
        .contains("${任务.名字}")
        .contains("「任务.名字」取不到值")
        .contains("是不是要写「名称」？")
        .doesNotContain("evaluated to null or missing");
  }

  @Test
  void aValueMissingFromTheDataSaysHowToPrintItOnlyWhenItIsThere() throws Exception {
    Diagnostic d = reviewRenderError("${年度重点工作任务[5].名称}\n", Messages.chinese());
    assertThat(d.message())
        .contains("「年度重点工作任务[5]」取不到值")
        .contains("年度重点工作任务[5]?has_content")
        .contains("年度重点工作任务[5]!")
        .doesNotContain("evaluated to null or missing");
    assertThat(d.position().line()).isEqualTo(1);
  }

  @Test
  void aListPrintedAsTextIsExplainedAsAList() throws Exception {
    Diagnostic d = reviewRenderError("<#list 绩效指标 as 一级>${一级.二级指标}</#list>\n", Messages.chinese());
    assertThat(d.message())
        .contains("「一级.二级指标」是列表，这里需要可以印出的文字或数字")
        .contains("<#list 一级.二级指标 as 项>")
        .doesNotContain("Expected a string");
  }

  @Test
  void aGroupPrintedAsTextNamesWhatItHolds() throws Exception {
    Diagnostic d = reviewRenderError("${预算整体情况}\n", Messages.english());
    assertThat(d.message())
        .contains("“预算整体情况” is a group of named items")
        .contains("预算整体情况.部门预算支出")
        .doesNotContain("Expected a string");
  }

  private static Diagnostic reviewRenderError(String source, Messages messages) throws Exception {
    Template template = new TemplateEngine(messages).markdownTemplate("review.md.ftl", source);
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () ->
                MarkdownRenderer.render(
                    template, TemplateView.of(TemplateLanguageTest.data()), messages));
    assertThat(e).as("expected rendering to fail").isNotNull();
    return e.diagnostics().get(0);
  }

  @Test
  void markupInAFooterIsRefusedRatherThanPrintedAsTyped() {
    String footer = "<w:ftr xmlns:w=\"" + TestTemplates.W + "\">" + p("填报单位：${部门名称}") + "</w:ftr>";
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () ->
                ENGINE.compileDocx(
                    "t.docx", docx(p("${部门名称}"), Map.of("word/footer1.xml", footer))));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics().get(0).message()).contains("页脚「填报单位：${部门名称}」").contains("不会被填充");
  }

  /** A task table whose second row opens a list of 任务 that {@code rest} is to close. */
  private static String taskRowOpeningAList() {
    return tbl(
        2,
        tr(tc(p("名称")), tc(p("金额"))),
        tr(tc(p("<#list 年度重点工作任务 as 任务>"), p("${任务.名称}")), tc(p("${任务.拟投入的资金}"))));
  }

  @Test
  void aListOpenedInARowAndClosedBelowTheTableIsRefusedNamingBothEnds() {
    Diagnostic d = compileError(taskRowOpeningAList() + p("其他说明") + p("</#list>"));
    assertThat(d.message())
        .contains("<#list 年度重点工作任务 as 任务>（第 1 个表格「名称」第 2 行第 1 列）")
        .contains("</#list>（段落「</#list>」）")
        .contains("不在同一个表格里");
    assertThat(d.hint()).contains("同一行").contains("§3.5");
  }

  @Test
  void aListOpenedInOneTableAndClosedInAnotherIsRefused() {
    Diagnostic d =
        compileError(taskRowOpeningAList() + p("") + tbl(1, tr(tc(p("备注"), p("</#list>")))));
    assertThat(d.message()).contains("第 1 个表格「名称」第 2 行第 1 列").contains("第 2 个表格「备注」第 1 行第 1 列");
  }

  @Test
  void aListInParagraphsAroundAWholeTableIsAccepted() throws Exception {
    ENGINE.compileDocx(
        "t.docx",
        docx(p("<#list 年度重点工作任务 as 任务>") + tbl(1, tr(tc(p("${任务.名称}")))) + p("</#list>")));
  }

  @Test
  void theTimeOfRenderingIsRefusedBecauseNoOutputCouldBeReproduced() {
    Diagnostic d = compileError(p("填报日期：${.now?string(\"yyyy-MM-dd\")}"));
    assertThat(d.message())
        .contains("段落「填报日期：${.now?stri…」")
        .contains(".now")
        .contains("render --check");
    assertThat(d.hint()).contains("${年度}");
  }

  @Test
  void theTimeOfRenderingIsRefusedInAReviewMarkdownTemplateToo() {
    List<Diagnostic> errors = markdownErrors("# ${部门名称}\n\n${(.now)?date}\n");
    assertThat(errors.get(0).message()).contains("第 3 行").contains(".now");
  }

  @Test
  void aFullWidthYuanSignForTheDollarIsRefusedWhereItWasTyped() {
    Diagnostic d = compileError(p("部门：￥{部门名称}"));
    assertThat(d.message())
        .contains("段落「部门：￥{部门名称}」")
        .contains("「￥{部门名称}」用了全角的「￥」，FreeMarker 只认半角的「${」");
    assertThat(d.hint()).contains("「$」");
  }

  @Test
  void fullWidthDollarsAndBracesAreRefusedInAReviewMarkdownTemplate() {
    List<Diagnostic> errors = markdownErrors("# ＄{部门名称}\n\n${年度｝\n$｛年度}\n");
    assertThat(errors)
        .extracting(Diagnostic::message)
        .containsExactly(
            "模板错误，第 1 行：「＄{部门名称}」用了全角的「＄」，FreeMarker 只认半角的「${」和「}」，这样写会原样印在表上",
            "模板错误，第 3 行：「${年度｝」用了全角的「｝」，FreeMarker 只认半角的「${」和「}」，这样写会原样印在表上",
            "模板错误，第 4 行：「$｛年度}」用了全角的「｛」，FreeMarker 只认半角的「${」和「}」，这样写会原样印在表上");
  }

  @Test
  void strayClosingTagIsReported() {
    Diagnostic d = compileError(p("</#if>"));
    assertThat(d.message()).contains("</#if>").contains("段落");
  }

  private static List<Diagnostic> markdownErrors(String source) {
    DiagnosticException e =
        catchThrowableOfType(
            () -> ENGINE.markdownTemplate("review.md.ftl", source), DiagnosticException.class);
    assertThat(e).as("expected the template to be refused").isNotNull();
    return e.diagnostics();
  }

  private static Diagnostic compileError(String body) {
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class, () -> ENGINE.compileDocx("t.docx", docx(body)));
    assertThat(e).as("expected the template to be refused").isNotNull();
    return e.diagnostics().get(0);
  }

  @Test
  void unknownFieldsInAReviewMarkdownTemplateNameTheirLines() {
    String source = "# ${部门名称}\n\n${部门名}\n\n<#-- ${不在} -->\n${年度}${预算金额}\n";
    List<Diagnostic> errors = markdownErrors(source);
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).message()).contains("第 3 行").contains("${部门名}");
    assertThat(errors.get(1).message()).contains("第 6 行").contains("${预算金额}");
  }
}
