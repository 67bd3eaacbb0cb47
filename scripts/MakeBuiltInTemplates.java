// Writes the built-in Word templates under templates/ from scratch.
//
//   java scripts/MakeBuiltInTemplates.java            (from the repository root)
//
// The templates are ordinary Word documents: once written, people edit them in Word, WPS or
// LibreOffice. This program exists so the first version of each is reproducible and reviewable;
// it needs nothing but the JDK.
//
// Print layout (docs/printing.md): each table has its own column widths, chosen so that labels
// break where a person would break them (explicit line breaks) and short values do not leave one
// character alone on a line; every table paragraph has exact line spacing, so a row is as tall as
// its line count says on every machine; the two tables are kept apart by a visible 0.7 pt paragraph
// (a hidden one made LibreOffice drop the indicator table); the footer carries the page number.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

public class MakeBuiltInTemplates {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  // A4 portrait, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
  static final int PAGE_W = 11906, PAGE_H = 16838;
  static final int TOP = 2098, BOTTOM = 1984, LEFT = 1587, RIGHT = 1474;

  // The page number's line starts 7 mm below the text block (GB/T 9704): footer 22 mm from the
  // edge, one 16 pt line high.
  static final int FOOTER = 1247;

  // Exact line heights in twips: 17 pt for 12 pt text, 15 pt for 10.5 pt text.
  static final int LINE_12PT = 340, LINE_10_5PT = 300;

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "templates");
    write(root.resolve("gz-district/template.docx"), districtForm());
    write(root.resolve("gd-municipal/template.docx"), municipalForm());
  }

  // ---------------------------------------------------------------- the two forms

  /** 广州市区级 6-column form (南沙 sample): 实施周期指标值 and 年度指标值. */
  static String districtForm() {
    // 名称 column: labels of five characters; 预算/任务 columns as explained in budgetRows/taskRows.
    int[] g = {1420, 1180, 1870, 1660, 1357, 1358};
    // 绩效指标 | 一级 (5 characters) | 二级 (6: the 区级 labels have 4, 6, 8 or 9) | 三级 |
    // 实施周期指标值 | 年度指标值 (5 each).
    int[] k = {1420, 1250, 1480, 2045, 1325, 1325};
    StringBuilder body = new StringBuilder();
    body.append(p("FormTitle", "部门整体预算绩效目标申报表"));
    body.append(p("Directive", "<#if 年度?has_content>"));
    body.append(p("FormSubtitle", "（${年度}年度）"));
    body.append(p("Directive", "</#if>"));
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "部门名称")),
            cell(g, 1, 5, null, p("CellValue", "${部门名称}"))));
    rows.addAll(budgetRows(g, "区本级\n使用资金", 2));
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "总体绩效\n目标")),
            cell(g, 1, 5, null, p("CellText", "${总体绩效目标}"))));
    rows.addAll(taskRows(g, 2));
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "其他需完成\n的任务\n（可选填）")),
            cell(g, 1, 5, null, p("CellText", "${其他需完成的任务}"))));
    body.append(table(g, rows));
    body.append(separator());
    List<String> indicators = new ArrayList<>();
    indicators.add(
        headerRow(
            cell(k, 0, 1, "restart", p("CellLabel", "绩效指标")),
            cell(k, 1, 1, null, p("IndicatorHeader", "一级指标")),
            cell(k, 2, 1, null, p("IndicatorHeader", "二级指标")),
            cell(k, 3, 1, null, p("IndicatorHeader", "三级指标")),
            cell(k, 4, 1, null, p("IndicatorHeader", "实施周期\n指标值")),
            cell(k, 5, 1, null, p("IndicatorHeader", "年度\n指标值"))));
    indicators.add(
        indicatorRow(
            cell(k, 0, 1, "continue", p("CellLabel", "")),
            cell(
                k,
                1,
                1,
                null,
                p("Directive", "<#list 绩效指标行 as 指标>") + p("IndicatorCell", "${指标.一级指标}<@vmerge/>")),
            cell(k, 2, 1, null, p("IndicatorCell", "${指标.二级指标}<@vmerge/>")),
            cell(k, 3, 1, null, p("IndicatorCell", "${指标.三级指标}")),
            cell(k, 4, 1, null, p("IndicatorCell", "${指标.实施周期指标值}")),
            cell(k, 5, 1, null, p("IndicatorCell", "${指标.年度指标值}") + p("Directive", "</#list>"))));
    body.append(table(k, indicators));
    body.append(p("Tail", ""));
    return document(body.toString());
  }

  /** 广东市级 5-column form (湛江 sample): year in the title, 基本信息, one 指标值 column. */
  static String municipalForm() {
    int[] g = {1420, 1180, 1870, 1660, 2715};
    // 绩效指标 | 一级 (5 characters) | 二级 (9, so that no 二级 label of either framework leaves a
    // character alone: 可持续影响指标 is 7, 生态环境成本指标 8) | 三级 | 指标值 (7).
    int[] k = {1420, 1250, 2100, 2400, 1675};
    StringBuilder body = new StringBuilder();
    body.append(p("FormTitle", "<#if 年度?has_content>${年度}年</#if>市级部门整体预算绩效目标表"));
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "部门名称")),
            cell(g, 1, 4, null, p("CellValue", "${部门名称}"))));
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "基本信息")),
            cell(g, 1, 1, null, p("CellLabel", "财政供养\n人员数")),
            cell(g, 2, 1, null, p("CellValue", "${基本信息.财政供养人员数}")),
            cell(g, 3, 1, null, p("CellLabel", "下属二级\n单位数")),
            cell(g, 4, 1, null, p("CellValue", "${基本信息.下属二级单位数}"))));
    rows.addAll(budgetRows(g, "市本级\n使用资金", 1));
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "总体绩效\n目标")),
            cell(g, 1, 4, null, p("CellText", "${总体绩效目标}"))));
    rows.addAll(taskRows(g, 1));
    rows.add(
        row(
            cell(g, 0, 1, null, p("CellLabel", "其他需完成\n的任务\n（可选填）")),
            cell(g, 1, 4, null, p("CellText", "${其他需完成的任务}"))));
    body.append(table(g, rows));
    body.append(separator());
    List<String> indicators = new ArrayList<>();
    indicators.add(
        headerRow(
            cell(k, 0, 1, "restart", p("CellLabel", "绩效指标")),
            cell(k, 1, 1, null, p("IndicatorHeader", "一级指标")),
            cell(k, 2, 1, null, p("IndicatorHeader", "二级指标")),
            cell(k, 3, 1, null, p("IndicatorHeader", "三级指标")),
            cell(k, 4, 1, null, p("IndicatorHeader", "指标值"))));
    indicators.add(
        indicatorRow(
            cell(k, 0, 1, "continue", p("CellLabel", "")),
            cell(
                k,
                1,
                1,
                null,
                p("Directive", "<#list 绩效指标行 as 指标>") + p("IndicatorCell", "${指标.一级指标}<@vmerge/>")),
            cell(k, 2, 1, null, p("IndicatorCell", "${指标.二级指标}<@vmerge/>")),
            cell(k, 3, 1, null, p("IndicatorCell", "${指标.三级指标}")),
            cell(k, 4, 1, null, p("IndicatorCell", "${指标.指标值}") + p("Directive", "</#list>"))));
    body.append(table(k, indicators));
    body.append(p("Tail", ""));
    return document(body.toString());
  }

  /** 预算整体情况: six rows; the value column to the right spans {@code lastSpan} grid columns. */
  static List<String> budgetRows(int[] g, String ownLevelLabel, int lastSpan) {
    String[][] rows = {
      {"部门预算\n支出", null, "收入来源", null},
      {"基本支出", "${预算整体情况.部门预算支出.基本支出}", "财政拨款", "${预算整体情况.收入来源.财政拨款}"},
      {"项目支出", "${预算整体情况.部门预算支出.项目支出}", "其他资金", "${预算整体情况.收入来源.其他资金}"},
      {"事业发展\n性支出", null, "按预算\n级次划分", null},
      {"财政专项\n资金", "${预算整体情况.事业发展性支出.财政专项资金}", ownLevelLabel, "${预算整体情况.按预算级次划分.本级使用资金}"},
      {
        "其他事业\n发展性\n支出",
        "${预算整体情况.事业发展性支出.其他事业发展性支出}",
        "拟用于对下\n转移支付资金",
        "${预算整体情况.按预算级次划分.拟用于对下转移支付资金}"
      }
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String[] r = rows[i];
      boolean heading = r[1] == null;
      out.add(
          row(
              cell(
                  g,
                  0,
                  1,
                  i == 0 ? "restart" : "continue",
                  p("CellLabel", i == 0 ? "预算整体\n情况" : "")),
              cell(g, 1, 1, null, p("CellLabel", r[0])),
              cell(g, 2, 1, null, heading ? p("CellLabel", "预算金额\n（万元）") : p("CellValue", r[1])),
              cell(g, 3, 1, null, p("CellLabel", r[2])),
              cell(
                  g,
                  4,
                  lastSpan,
                  null,
                  heading ? p("CellLabel", "预算金额\n（万元）") : p("CellValue", r[3]))));
    }
    return out;
  }

  /** 年度重点工作任务: a heading row and one row repeated per task. */
  static List<String> taskRows(int[] g, int lastSpan) {
    List<String> out = new ArrayList<>();
    out.add(
        row(
            cell(g, 0, 1, "restart", p("CellLabel", "年度重点\n工作任务")),
            cell(g, 1, 1, null, p("CellLabel", "名称")),
            cell(g, 2, 1, null, p("CellLabel", "主要实施内容")),
            cell(g, 3, 1, null, p("CellLabel", "拟投入的资金\n（万元）")),
            cell(g, 4, lastSpan, null, p("CellLabel", "期望达到的目标\n（概述）"))));
    out.add(
        row(
            cell(g, 0, 1, "continue", p("CellLabel", "")),
            cell(
                g,
                1,
                1,
                null,
                p("Directive", "<#list 年度重点工作任务 as 任务>") + p("CellValue", "${任务.名称}")),
            cell(g, 2, 1, null, p("CellText", "${任务.主要实施内容}")),
            cell(g, 3, 1, null, p("CellValue", "${任务.拟投入的资金}")),
            cell(
                g,
                4,
                lastSpan,
                null,
                p("CellText", "${任务.期望达到的目标}") + p("Directive", "</#list>"))));
    return out;
  }

  // ---------------------------------------------------------------- WordprocessingML pieces

  /** A paragraph; a newline in a label is a line break where a person would break it. */
  static String p(String style, String text) {
    String run = "";
    if (!text.isEmpty()) {
      StringBuilder r = new StringBuilder("<w:r>");
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          r.append("<w:br/>");
        }
        r.append("<w:t xml:space=\"preserve\">").append(esc(lines[i])).append("</w:t>");
      }
      run = r.append("</w:r>").toString();
    }
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + run + "</w:p>";
  }

  /**
   * The paragraph Word needs between two tables: visible (every office suite lays it out), 0.7 pt
   * high (Word's least exact line spacing), so the two tables' frames read as one heavier rule. A
   * hidden one made LibreOffice 7.4 drop the whole indicator table at some page ends.
   */
  static String separator() {
    return "<w:p><w:pPr><w:pStyle w:val=\"Spacer\"/></w:pPr></w:p>";
  }

  static String cell(int[] grid, int column, int span, String vMerge, String paragraphs) {
    int width = 0;
    for (int i = column; i < column + span; i++) {
      width += grid[i];
    }
    StringBuilder tcPr = new StringBuilder("<w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>");
    if (span > 1) {
      tcPr.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    if ("restart".equals(vMerge)) {
      tcPr.append("<w:vMerge w:val=\"restart\"/>");
    } else if ("continue".equals(vMerge)) {
      tcPr.append("<w:vMerge/>");
    }
    tcPr.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
    return "<w:tc>" + tcPr + paragraphs + "</w:tc>";
  }

  static String row(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  static String headerRow(String... cells) {
    return "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        + String.join("", cells)
        + "</w:tr>";
  }

  /** A repeated indicator row. No cantSplit: LibreOffice then mis-draws the merged 绩效指标 column. */
  static String indicatorRow(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  /**
   * A table with its own grid. Each table draws its whole frame: leaving the first table's bottom
   * line to the indicator table left the form open at the foot of a page whenever the page ended
   * between the two.
   */
  static String table(int[] grid, List<String> rows) {
    StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"FormTable\"/>");
    int total = 0;
    for (int w : grid) {
      total += w;
    }
    t.append("<w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>");
    t.append(
        "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\""
            + " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (int w : grid) {
      t.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    t.append("</w:tblGrid>");
    rows.forEach(t::append);
    return t.append("</w:tbl>").toString();
  }

  static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\""
        + W
        + "\" xmlns:r=\""
        + R
        + "\"><w:body>"
        + body
        + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\""
        + PAGE_W
        + "\" w:h=\""
        + PAGE_H
        + "\"/>"
        + "<w:pgMar w:top=\""
        + TOP
        + "\" w:right=\""
        + RIGHT
        + "\" w:bottom=\""
        + BOTTOM
        + "\" w:left=\""
        + LEFT
        + "\" w:header=\"851\" w:footer=\""
        + FOOTER
        + "\" w:gutter=\"0\"/>"
        + "<w:cols w:space=\"425\"/></w:sectPr>"
        + "</w:body></w:document>";
  }

  static String styles() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="%s">
        <w:docDefaults>
          <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="FormTitle"><w:name w:val="表格标题"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="240" w:line="640" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="方正小标宋简体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="FormSubtitle"><w:name w:val="表格副标题"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200" w:line="440" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellLabel"><w:name w:val="栏目名称"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="%2$d" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellValue"><w:name w:val="填写内容"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="%2$d" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellText"><w:name w:val="填写长文字"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="%3$d" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="IndicatorHeader"><w:name w:val="指标表头"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="%2$d" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="IndicatorCell"><w:name w:val="指标内容"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="%3$d" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Directive"><w:name w:val="模板指令"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Spacer"><w:name w:val="表格间隔"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="14" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tail"><w:name w:val="表后"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="PageNumber"><w:name w:val="页码"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="320" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
        <w:style w:type="table" w:customStyle="1" w:styleId="FormTable"><w:name w:val="申报表表格"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """
        .formatted(W, LINE_12PT, LINE_10_5PT);
  }

  static String fontTable() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="%s">
        <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:panose1 w:val="02000000000000000000"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        </w:fonts>
        """
        .formatted(W);
  }

  static String settings() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
        .formatted(W);
  }

  /** GB/T 9704 page numbers: 4号 (14 pt) 宋体 half-width digits between two em dashes, centred. */
  static String footer() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="%s"><w:p><w:pPr><w:pStyle w:val="PageNumber"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
        """
        .formatted(W);
  }

  static Map<String, String> parts(String document) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """);
    parts.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """);
    parts.put("word/document.xml", document);
    parts.put(
        "word/_rels/document.xml.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>
        """);
    parts.put("word/styles.xml", styles());
    parts.put("word/settings.xml", settings());
    parts.put("word/fontTable.xml", fontTable());
    parts.put("word/footer1.xml", footer());
    parts.put(
        "docProps/core.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>部门整体预算绩效目标申报表</dc:title><dc:creator>declgen</dc:creator></cp:coreProperties>
        """);
    parts.put(
        "docProps/app.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>declgen</Application></Properties>
        """);
    return parts;
  }

  static void write(Path target, String document) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts(document).entrySet()) {
        ZipEntry e = new ZipEntry(part.getKey());
        e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        zip.putNextEntry(e);
        zip.write(part.getValue().strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Files.createDirectories(target.getParent());
    Files.write(target, bytes.toByteArray());
    System.out.println("wrote " + target);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
