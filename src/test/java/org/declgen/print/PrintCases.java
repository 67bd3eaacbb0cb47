package org.declgen.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.declgen.bench.LargeForms;
import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;

/** The forms the print test prints. */
final class PrintCases {
  /** One form: a name for messages, the built-in template and the declaration. */
  record Case(String name, String template, Declaration declaration) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Line height of the goals column (15 pt) against the text block (225 mm ≈ 638 pt): 43 steps of
   * one line move the indicator table's heading through every position relative to a page end.
   */
  static final int STEPS = 43;

  /** Characters per line of 期望达到的目标 in both built-in templates (12 at 10.5 pt). */
  private static final int GOAL_LINE = 12;

  private static final String PHRASE = "推进政务服务标准化规范化便利化建设，";

  private PrintCases() {}

  static List<Case> forms() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("sample gz-district", "gz-district", Samples.nansha()));
    cases.add(new Case("sample gd-municipal", "gd-municipal", Samples.nansha()));
    cases.add(
        new Case(
            "golden municipal-year",
            "gd-municipal",
            Samples.load(
                    Path.of(
                        "src/test/resources/golden/render/municipal-year-gd-municipal/input.yaml"))
                .declaration()));
    cases.add(
        new Case(
            "large form (20 tasks, 600 rows)", "gz-district", LargeForms.of(Samples.nansha())));
    Declaration values = values();
    cases.add(new Case("operator, number, unit gz-district", "gz-district", values));
    cases.add(new Case("operator, number, unit gd-municipal", "gd-municipal", values));
    cases.add(
        new Case(
            "operator, number, unit in 14 pt (copied gz-district)",
            largerIndicatorText().toString(),
            values));
    return cases;
  }

  /**
   * Indicator values that mix an operator, a number and a unit, of lengths around the value
   * columns' widths: where a careless break leaves 「≥」 or 「台」 alone on a line or splits 人次.
   */
  static final List<String> VALUES =
      List.of(
          "≥1000000台",
          "≥1234567件",
          "≥12345678件",
          "≥155000件",
          "≥64800件",
          "≥64800件次",
          "≥100000000元",
          "≥3000000人次",
          "≥1,000,000台",
          "≥1.5万人次",
          "≤0.5秒",
          "≥99.99%",
          "≥95%（较上年提高5个百分点）",
          "不少于≥5件",
          "不少于1,000,000人次",
          "预计约1234件",
          "达到＞1234件",
          "＞123456件",
          "≦5件",
          "±5%",
          "<=12小时",
          "全区不低于36台",
          "按时办结率≥99%",
          "≥100万人次");

  private static Declaration values() {
    StringBuilder yaml =
        new StringBuilder(
            """
            部门名称: 测试局
            年度: 2025
            基本信息: {财政供养人员数: 12, 下属二级单位数: 1}
            预算整体情况:
              部门预算支出: {基本支出: 100.00, 项目支出: 200.00}
              收入来源: {财政拨款: 300.00, 其他资金: 0.00}
              事业发展性支出: {财政专项资金: ~, 其他事业发展性支出: ~}
              按预算级次划分: {本级使用资金: ~, 拟用于对下转移支付资金: ~}
            总体绩效目标: 目标1：完成任务。
            年度重点工作任务:
              - {名称: 任务1, 主要实施内容: 实施。, 拟投入的资金: 200.00, 期望达到的目标: 达到。}
            其他需完成的任务: ~
            绩效指标:
              产出指标:
                数量指标:
            """);
    for (int i = 0; i < VALUES.size(); i++) {
      yaml.append("      - {三级指标: 指标")
          .append(i + 1)
          .append(", 指标值: \"")
          .append(VALUES.get(i))
          .append("\"}\n");
    }
    try {
      return Samples.parse("values.yaml", yaml.toString()).declaration();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  /**
   * A copy of gz-district whose indicator text is 14 pt (exact line height 20 pt), as users restyle
   * it: the value columns hold 4.1 characters instead of 5.5.
   */
  static Path largerIndicatorText() {
    try {
      Path dir = Files.createTempDirectory("declgen-14pt");
      dir.toFile().deleteOnExit();
      Path copy = dir.resolve("template.docx");
      try (InputStream in = Files.newInputStream(Path.of("templates/gz-district/template.docx"));
          ZipInputStream zip = new ZipInputStream(in);
          OutputStream out = Files.newOutputStream(copy);
          ZipOutputStream to = new ZipOutputStream(out)) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          byte[] bytes = zip.readAllBytes();
          if (e.getName().equals("word/styles.xml")) {
            bytes = largerIndicatorCell(new String(bytes, StandardCharsets.UTF_8));
          }
          to.putNextEntry(new ZipEntry(e.getName()));
          to.write(bytes);
          to.closeEntry();
        }
      }
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] largerIndicatorCell(String styles) {
    String id = "w:styleId=\"IndicatorCell\"";
    int from = styles.indexOf(id);
    int to = styles.indexOf("</w:style>", from);
    if (from < 0 || to < 0) {
      throw new AssertionError("gz-district has no IndicatorCell style");
    }
    String style =
        styles
            .substring(from, to)
            .replace("w:line=\"300\"", "w:line=\"400\"")
            .replace("w:val=\"21\"", "w:val=\"28\"");
    return (styles.substring(0, from) + style + styles.substring(to))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * 市级 forms like the one that lost its indicator block: three long tasks and 21 indicators, the
   * last task's goals one line longer in each, so the indicator heading falls at every position
   * relative to a page end.
   */
  static List<Case> steps() {
    List<Case> cases = new ArrayList<>();
    for (int step = 0; step < STEPS; step++) {
      cases.add(new Case("step " + step, "gd-municipal", stepped(step)));
    }
    return cases;
  }

  private static Declaration stepped(int step) {
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        """
        部门名称: 湛江市某某局
        年度: 2024
        基本信息: {财政供养人员数: 132, 下属二级单位数: 5}
        预算整体情况:
          部门预算支出: {基本支出: 1000.00, 项目支出: 3003.00}
          收入来源: {财政拨款: 4003.00, 其他资金: 0.00}
          事业发展性支出: {财政专项资金: ~, 其他事业发展性支出: ~}
          按预算级次划分: {本级使用资金: ~, 拟用于对下转移支付资金: ~}
        总体绩效目标: |
          目标1：稳就业。
          目标2：保民生。
        年度重点工作任务:
        """);
    for (int t = 1; t <= 3; t++) {
      int goal = 30 * GOAL_LINE + (t == 3 ? step * GOAL_LINE : 0);
      yaml.append("  - 名称: 任务")
          .append(t)
          .append("：重点工作任务名称")
          .append(t)
          .append("\n    主要实施内容: ")
          .append(text(200 + 7 * t))
          .append("\n    拟投入的资金: ")
          .append(1000 + t)
          .append(".00\n    期望达到的目标: ")
          .append(text(goal))
          .append('\n');
    }
    yaml.append("其他需完成的任务: ~\n绩效指标:\n  产出指标:\n");
    int n = 0;
    for (String sub : List.of("数量指标:8", "质量指标:5", "时效指标:3")) {
      String[] s = sub.split(":");
      yaml.append("    ").append(s[0]).append(":\n");
      for (int i = 0; i < Integer.parseInt(s[1]); i++) {
        n++;
        yaml.append("      - {三级指标: 考核指标名称第")
            .append(n)
            .append("项, 指标值: ≥")
            .append(90 + n % 9)
            .append("%}\n");
      }
    }
    yaml.append(
        """
            成本指标: []
          效益指标:
            社会效益指标:
              - {三级指标: 群众办事便利度提升, 指标值: 明显提升}
              - {三级指标: 企业开办时间压缩, 指标值: ≤1个工作日}
            可持续影响指标:
              - {三级指标: 制度机制长效运行, 指标值: 长期}
              - {三级指标: 平台持续运行年限, 指标值: ≥5年}
          满意度指标:
            服务对象满意度指标:
              - {三级指标: 服务对象满意度, 指标值: ≥90%}
        """);
    try {
      return Samples.parse("step" + step + ".yaml", yaml.toString()).declaration();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  private static String text(int length) {
    return PHRASE.repeat(length / PHRASE.length() + 1).substring(0, length);
  }
}
