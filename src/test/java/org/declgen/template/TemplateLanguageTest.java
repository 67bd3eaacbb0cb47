package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.testing.TestTemplates.docx;
import static org.declgen.testing.TestTemplates.p;
import static org.declgen.testing.TestTemplates.tbl;
import static org.declgen.testing.TestTemplates.tc;
import static org.declgen.testing.TestTemplates.tr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.Messages;
import org.declgen.internal.WordXml;
import org.declgen.model.Declaration;
import org.declgen.render.docx.DocxRenderer;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.view.TemplateView;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Each construct of the template language, as documented in docs/templates.md, on a small
 * declaration. The examples there and here are the same markup.
 */
class TemplateLanguageTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());
  private static final String DATA =
      """
      部门名称: 示例局
      年度: 2025
      预算整体情况:
        部门预算支出: {基本支出: 1999.68, 项目支出: 13074.48}
      总体绩效目标: |
        目标1：**按时**完成。
        目标2：提升效能。
      年度重点工作任务:
        - {名称: 甲任务, 拟投入的资金: 100}
        - {名称: 乙任务, 拟投入的资金: 2000.5}
      绩效指标:
        产出指标:
          数量指标:
            - {三级指标: 甲, 指标值: 1个}
            - {三级指标: 乙, 指标值: 2个}
          质量指标:
            - {三级指标: 丙, 指标值: 合格}
        效益指标:
          社会效益指标: []
      """;

  @Test
  void interpolationPrintsAValueWhereItIsTyped() throws Exception {
    assertThat(paragraphs(p("部门：${部门名称}，${年度}年"))).containsExactly("部门：示例局，2025年");
  }

  @Test
  void markupSplitAcrossRunsByAnEditorStillWorks() throws Exception {
    String body =
        "<w:p><w:r><w:t>部门：${部</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
            + "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:r><w:rPr><w:lang w:eastAsia=\"zh-CN\"/>"
            + "</w:rPr><w:lastRenderedPageBreak/><w:t>门</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>名称}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/>"
            + "<w:r><w:t>。</w:t></w:r></w:p>";
    assertThat(paragraphs(body)).containsExactly("部门：示例局。");
  }

  @Test
  void fieldCodesAndNonBreakingSpacesInsideMarkupDoNotBreakIt() throws Exception {
    String body =
        "<w:p><w:r><w:t>${部门</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD x </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>名称}</w:t></w:r></w:p>"
            + p("<#if\u00A0年度?has_content>有年度</#if>");
    assertThat(paragraphs(body)).containsExactly("示例局", "有年度");
  }

  @Test
  void wordsTypographicQuotesInsideMarkupAreUnderstood() throws Exception {
    assertThat(paragraphs(p("<#if 部门名称 == “示例局”>是</#if>"))).containsExactly("是");
  }

  @Test
  void repeatAParagraphPerItem() throws Exception {
    String body = p("<#list 年度重点工作任务 as 任务>") + p("${任务.序号}. ${任务.名称}") + p("</#list>");
    assertThat(paragraphs(body)).containsExactly("1. 甲任务", "2. 乙任务");
  }

  @Test
  void repeatATableRowPerItem() throws Exception {
    String body =
        tbl(
            2,
            tr(tc(p("名称")), tc(p("金额"))),
            tr(
                tc(p("<#list 年度重点工作任务 as 任务>"), p("${任务.名称}")),
                tc(p("${任务.拟投入的资金}"), p("</#list>"))));
    assertThat(grid(body))
        .isEqualTo(
            """
        table 1
        | 名称 | 金额 |
        | 甲任务 | 100.00 |
        | 乙任务 | 2,000.50 |
        """);
  }

  @Test
  void repeatAGroupOfRowsPerItem() throws Exception {
    String body =
        tbl(
            2,
            tr(tc(p("<#list 年度重点工作任务 as 任务>"), p("名称")), tc(p("${任务.名称}"))),
            tr(tc(p("金额")), tc(p("${任务.拟投入的资金}"), p("</#list>"))));
    assertThat(grid(body))
        .isEqualTo(
            """
        table 1
        | 名称 | 甲任务 |
        | 金额 | 100.00 |
        | 名称 | 乙任务 |
        | 金额 | 2,000.50 |
        """);
  }

  @Test
  void conditionalRowsAndParagraphs() throws Exception {
    String body =
        p("<#if 年度?has_content>")
            + p("（${年度}年度）")
            + p("</#if>")
            + p("<#if 基本信息.财政供养人员数?has_content>")
            + p("人员：${基本信息.财政供养人员数}")
            + p("</#if>")
            + tbl(
                1,
                tr(tc(p("<#if 其他需完成的任务?has_content>"), p("其他：${其他需完成的任务}"), p("</#if>"))),
                tr(tc(p("部门"))));
    assertThat(paragraphs(body)).containsExactly("（2025年度）", "部门");
  }

  @Test
  void conditionalRowGoesAroundTheWholeRow() throws Exception {
    String body =
        tbl(
            2,
            tr(tc(p("部门")), tc(p("${部门名称}"))),
            tr(
                tc(p("<#if 基本信息.财政供养人员数?has_content>"), p("人员")),
                tc(p("${基本信息.财政供养人员数}"), p("</#if>"))),
            tr(tc(p("<#if 年度?has_content>"), p("年度")), tc(p("${年度}"), p("</#if>"))));
    assertThat(grid(body))
        .isEqualTo(
            """
        table 1
        | 部门 | 示例局 |
        | 年度 | 2025 |
        """);
  }

  @Test
  void groupedVerticalMergeSpansEachGroupsRows() throws Exception {
    String body =
        tbl(
            3,
            tr(tc(p("一级")), tc(p("二级")), tc(p("三级"))),
            tr(
                tc(p("<#list 绩效指标行 as 指标>"), p("${指标.一级指标}<@vmerge/>")),
                tc(p("${指标.二级指标}<@vmerge/>")),
                tc(p("${指标.三级指标}"), p("</#list>"))));
    assertThat(grid(body))
        .isEqualTo(
            """
        table 1
        | 一级 | 二级 | 三级 |
        | 产出指标 ⟨↓3⟩ | 数量指标 ⟨↓2⟩ | 甲 |
        | 乙 |
        | 质量指标 | 丙 |
        | 效益指标 | 社会效益指标 |  |
        """);
  }

  @Test
  void vmergeWithAnExplicitKey() throws Exception {
    String body =
        tbl(
            2,
            tr(
                tc(p("<#list 绩效指标行 as 指标>"), p("${指标.一级指标}<@vmerge key=指标.一级指标/>")),
                tc(p("${指标.三级指标}"), p("</#list>"))));
    assertThat(grid(body))
        .isEqualTo(
            """
        table 1
        | 产出指标 ⟨↓3⟩ | 甲 |
        | 乙 |
        | 丙 |
        | 效益指标 |  |
        """);
  }

  @Test
  void amountAndPercentHelpers() throws Exception {
    assertThat(
            paragraphs(
                p("${预算整体情况.部门预算支出.合计}|${amount(1234.5)}|${percent(0.95)}|${percent(\"1\")}")))
        .containsExactly("15,074.16|1,234.50|95%|100%");
  }

  @Test
  void theSumOfTwoAmountsPrintsAsAnAmountInlineAndAlone() throws Exception {
    String sum = "${预算整体情况.部门预算支出.基本支出 + 预算整体情况.部门预算支出.项目支出}";
    assertThat(paragraphs(p("合计：" + sum) + p(sum))).containsExactly("合计：15,074.16", "15,074.16");
  }

  @Test
  void aValueAloneInAParagraphBecomesOneParagraphPerLineWithMarkdownLight() throws Exception {
    String xml = documentXml(p("${总体绩效目标}"));
    assertThat(texts(xml)).containsExactly("目标1：按时完成。", "目标2：提升效能。");
    assertThat(xml).contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">按时</w:t>");
  }

  @Test
  void aValueOfSeveralLinesAmongOtherTextKeepsItsLineBreaks() throws Exception {
    String xml = documentXml(p("目标：${总体绩效目标}"));
    assertThat(xml).contains("目标：目标1：**按时**完成。</w:t><w:br/><w:t xml:space=\"preserve\">目标2：提升效能。");
    Declaration d = Samples.parse("x.yaml", "部门名称: \"甲\\t乙 <丙>\"\n").declaration();
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(p("部门：${部门名称}")));
    assertThat(DocxRenderer.documentXml(t, TemplateView.of(d)))
        .contains("部门：甲</w:t><w:tab/><w:t xml:space=\"preserve\">乙 &lt;丙&gt;");
  }

  @Test
  void valuesAreEscapedForXml() throws Exception {
    Declaration d = Samples.parse("x.yaml", "部门名称: \"<甲> & '乙'\"\n").declaration();
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(p("${部门名称}")));
    String xml = DocxRenderer.documentXml(t, TemplateView.of(d));
    assertThat(texts(xml)).containsExactly("<甲> & '乙'");
  }

  /**
   * Macros and functions the template defines, variables it assigns and lambda parameters are names
   * of its own; the contract takes the first two from FreeMarker's parse of the template.
   */
  @Test
  void namesTheTemplateDefinesItselfAreAccepted() throws Exception {
    assertThat(
            paragraphs(
                p("<#macro 标注 文字>【${文字}】</#macro><#function 加倍 x><#return x * 2></#function>")
                    + p("<#assign 名称 = 部门名称>${名称}：<@标注 文字=年度/>${加倍(2)}")
                    + p(
                        "<#list 年度重点工作任务?filter(t -> t.拟投入的资金?has_content) as 任务>${任务.名称}</#list>")))
        .containsExactly("示例局：【2025】4", "甲任务乙任务");
  }

  @Test
  void textInsideStringsIsNotReadAsNames() throws Exception {
    assertThat(paragraphs(p("${部门名称!\"未填.名称\"}${r\"C:\\路径\"?length}"))).containsExactly("示例局5");
  }

  // ------------------------------------------------------------------ helpers

  static Declaration data() throws Exception {
    return Samples.parse("data.yaml", DATA).declaration();
  }

  private static List<String> paragraphs(String body) throws Exception {
    return texts(documentXml(body));
  }

  private static String documentXml(String body) throws Exception {
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(body));
    return DocxRenderer.documentXml(t, TemplateView.of(data()));
  }

  private static String grid(String body) throws Exception {
    CompiledDocx t = ENGINE.compileDocx("t.docx", docx(body));
    return DocxGrid.of(DocxRenderer.render(t, TemplateView.of(data())));
  }

  static List<String> texts(String xml) throws Exception {
    Document doc = WordXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    List<String> texts = new ArrayList<>();
    for (Element p : WordXml.descendants(doc, "p")) {
      String t = WordXml.text(p);
      if (!t.isEmpty()) {
        texts.add(t);
      }
    }
    return texts;
  }
}
