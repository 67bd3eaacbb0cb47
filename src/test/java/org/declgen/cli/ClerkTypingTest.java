package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: the sample typed as a finance clerk types it with a Chinese input method, one row of
 * the table each, and what {@code check} says to them, in Chinese and in English: the
 * message on the line and column of the slip, the fix, and never the misleading message of before
 * (an unknown key made of half a number, a missing colon on the next line).
 */
class ClerkTypingTest {
  /**
   * One row: how the clerk changed the sample, the exit code, and the first finding and its hint as
   * each language shows them.
   */
  record Row(
      String typed,
      UnaryOperator<String> edit,
      int exitCode,
      String chinese,
      String chineseHint,
      String english,
      String englishHint) {
    @Override
    public String toString() {
      return typed;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "{基本支出: 1,999.68, …}",
            s ->
                replace(
                    s,
                    "  部门预算支出:\n    基本支出: 1999.68\n    项目支出: 13074.48\n",
                    "  部门预算支出: {基本支出: 1,999.68, 项目支出: 13,074.48}\n"),
            0,
            "x.yaml:10:19: 警告: 「基本支出」的金额「1,999.68」中的千分位逗号在花括号 {…} 里会把数拆开；已按 1999.68 读取",
            "应写成：部门预算支出: {基本支出: 1999.68, 项目支出: 13074.48}（运行 declgen fmt 可自动改好）",
            "x.yaml:10:19: warning: the thousands comma in the amount \"1,999.68\" of \"基本支出\" splits"
                + " the number inside {…}; read as 1999.68",
            "write the line as: 部门预算支出: {基本支出: 1999.68, 项目支出: 13074.48} (declgen fmt does"
                + " this for you)"),
        new Row(
            "基本支出: 1，999.68 (a full-width comma)",
            s -> replace(s, "    基本支出: 1999.68", "    基本支出: 1，999.68"),
            1,
            "x.yaml:11:11: 错误: 「预算整体情况 › 部门预算支出 › 基本支出」的金额「1，999.68」不是数字",
            "其中有全角的数字、逗号或句点（输入法的中文标点）：写成 1999.68",
            "x.yaml:11:11: error: the amount “1，999.68” of “预算整体情况 › 部门预算支出 › 基本支出” is not a"
                + " number",
            "it has full-width digits, a full-width comma or point (typed with a Chinese input"
                + " method): write 1999.68"),
        new Row(
            "拟投入的资金：1223.93",
            s -> replace(s, "    拟投入的资金: 1223.93", "    拟投入的资金：1223.93"),
            0,
            "x.yaml:34:11: 警告: 「拟投入的资金」后面用了全角冒号「：」，已按英文冒号读取",
            "应写成：拟投入的资金: 1223.93（运行 declgen fmt 可自动改好）",
            "x.yaml:34:11: warning: a full-width colon \"：\" after \"拟投入的资金\"; read as an ASCII colon",
            "write the line as: 拟投入的资金: 1223.93 (declgen fmt does this for you)"),
        new Row(
            "{三级指标: 群众满意度, 指标值：≥90%}",
            s -> satisfaction(s, "{三级指标: 群众满意度, 指标值：≥90%}"),
            0,
            "x.yaml:79:26: 警告: 「指标值」后面用了全角冒号「：」，已按英文冒号读取",
            "应写成：- {三级指标: 群众满意度, 指标值: ≥90%}（运行 declgen fmt 可自动改好）",
            "x.yaml:79:26: warning: a full-width colon \"：\" after \"指标值\"; read as an ASCII colon",
            "write the line as: - {三级指标: 群众满意度, 指标值: ≥90%} (declgen fmt does this for you)"),
        new Row(
            "{三级指标:群众满意度, 指标值:≥90%}",
            s -> satisfaction(s, "{三级指标:群众满意度, 指标值:≥90%}"),
            0,
            "x.yaml:79:14: 警告: 「三级指标」后面的冒号「:」缺少空格，已按「三级指标: …」读取",
            "应写成：- {三级指标: 群众满意度, 指标值: ≥90%}（运行 declgen fmt 可自动改好）",
            "x.yaml:79:14: warning: no space after the colon after \"三级指标\"; read as \"三级指标: …\"",
            "write the line as: - {三级指标: 群众满意度, 指标值: ≥90%} (declgen fmt does this for you)"),
        new Row(
            "{三级指标: 群众满意度，指标值: ≥90%}",
            s -> satisfaction(s, "{三级指标: 群众满意度，指标值: ≥90%}"),
            0,
            "x.yaml:79:21: 警告: 「指标值」前面用了全角逗号「，」分隔，已按英文逗号读取",
            "应写成：- {三级指标: 群众满意度, 指标值: ≥90%}（运行 declgen fmt 可自动改好）",
            "x.yaml:79:21: warning: a full-width comma \"，\" before \"指标值\"; read as an ASCII comma",
            "write the line as: - {三级指标: 群众满意度, 指标值: ≥90%} (declgen fmt does this for you)"),
        new Row(
            "指标值: ≥90%, 较上年提高",
            s -> satisfaction(s, "{三级指标: 群众满意度, 指标值: ≥90%, 较上年提高}"),
            0,
            "x.yaml:79:32: 警告: 「指标值」的值「≥90%, 较上年提高」含有逗号，在花括号 {…} 里会被拆开；已按整个值读取",
            "应写成：- {三级指标: 群众满意度, 指标值: \"≥90%, 较上年提高\"}（运行 declgen fmt 可自动改好）",
            "x.yaml:79:32: warning: the value \"≥90%, 较上年提高\" of \"指标值\" has a comma, which splits it"
                + " inside {…}; read as the whole value",
            "write the line as: - {三级指标: 群众满意度, 指标值: \"≥90%, 较上年提高\"} (declgen fmt does this"
                + " for you)"),
        new Row(
            "部门名称 广州市… (no colon)",
            s -> replace(s, "部门名称: 广州市", "部门名称 广州市"),
            1,
            "x.yaml:4:5: 错误: 「部门名称」后面缺少英文冒号“:”，YAML 把这一行连同下面几行当成了一段文字",
            "在「部门名称」后面输入英文冒号和一个空格，改为：部门名称: 广州市南沙区政务服务和数据管理局",
            "x.yaml:4:5: error: the colon \":\" after \"部门名称\" is missing, so YAML reads this line and"
                + " the ones below it as one text",
            "type an ASCII colon and a space after \"部门名称\", so that the line reads: 部门名称:"
                + " 广州市南沙区政务服务和数据管理局"),
        new Row(
            "项目支出 13074.48 (no colon, last of its group)",
            s -> replace(s, "    项目支出: 13074.48", "    项目支出 13074.48"),
            1,
            "x.yaml:12:9: 错误: 「项目支出」后面缺少英文冒号“:”，YAML 把这一行连同下面几行当成了一段文字",
            "在「项目支出」后面输入英文冒号和一个空格，改为：项目支出: 13074.48",
            "x.yaml:12:9: error: the colon \":\" after \"项目支出\" is missing, so YAML reads this line and"
                + " the ones below it as one text",
            "type an ASCII colon and a space after \"项目支出\", so that the line reads: 项目支出: 13074.48"),
        new Row(
            "\u3000  基本支出: 1999.68 (a full-width space in the indentation)",
            s -> replace(s, "    基本支出: 1999.68", "\u3000  基本支出: 1999.68"),
            1,
            "x.yaml:11:1: 错误: 这一行开头的缩进里有全角空格「\u3000」；YAML 只认半角空格，会把这一行读错",
            "把行首的全角空格「\u3000」换成半角空格，使这一行与同一层的栏目对齐；按空格键前先按 Shift 键把输入法切换到英文（或半角）",
            "x.yaml:11:1: error: the indentation at the start of this line has a full-width space"
                + " \"\u3000\"; YAML takes only ASCII spaces and misreads this line",
            "replace the full-width spaces \"\u3000\" at the start of the line by ASCII spaces, lining"
                + " the line up with the labels of its level; switch the input method to English (or"
                + " half-width) with Shift before pressing the space bar"),
        new Row(
            "\u3000\u3000下属二级单位数: ~ (full-width spaces pressed for two spaces)",
            s -> replace(s, "  下属二级单位数: ~", "\u3000\u3000下属二级单位数: ~"),
            1,
            "x.yaml:8:1: 错误: 这一行开头的缩进里有全角空格「\u3000」；YAML 只认半角空格，会把这一行读错",
            "把行首的全角空格「\u3000」换成半角空格，使这一行与同一层的栏目对齐；按空格键前先按 Shift 键把输入法切换到英文（或半角）",
            "x.yaml:8:1: error: the indentation at the start of this line has a full-width space"
                + " \"\u3000\"; YAML takes only ASCII spaces and misreads this line",
            "replace the full-width spaces \"\u3000\" at the start of the line by ASCII spaces, lining"
                + " the line up with the labels of its level; switch the input method to English (or"
                + " half-width) with Shift before pressing the space bar"),
        new Row(
            "a top-level list",
            s -> "- 部门名称: 广州市南沙区政务服务和数据管理局\n- 年度: ~\n",
            1,
            "x.yaml:1:1: 错误: 申报表的第一层应当是逐行书写的“栏目: 值”，从「部门名称: …」开始；这里却是一个列表（以“- ”开头）",
            "去掉行首的“- ”，各栏目顶格书写，第一行写「部门名称: 单位全称」；可运行 declgen init 生成一份空白申报表对照填写",
            "x.yaml:1:1: error: a declaration is written as \"label: value\" lines starting with \"部门名称:"
                + " …\"; this file is a list (its lines start with \"- \")",
            "remove the \"- \" at the start of the lines and write each label at the start of its line,"
                + " the first being \"部门名称: the department's full name\"; declgen init writes a"
                + " blank declaration to compare with"),
        new Row(
            "every amount in 元",
            ClerkTypingTest::inYuan,
            1,
            "x.yaml:10:3: 错误: 金额看起来是按“元”填写的：部门预算总额 150,741,600.00 万元即 15,074.16 亿元，"
                + "超过 1,000 亿元，不像一个部门的整体预算（区、市级部门一般为几千到几十万万元）",
            "申报表的金额以万元为单位：每个金额除以 10000，例如 19996800 元写成 1999.68；"
                + "确实是万元时，在 declgen.yaml 的「检查.规则」中把 amount.unit-yuan 设为 警告 或 关闭",
            "x.yaml:10:3: error: the amounts look as if typed in 元: the department total of"
                + " 150,741,600.00 万元 is 15,074.16 亿元, over 1,000 亿元, which is no department's"
                + " budget (a district or city department's is a few thousand to a few hundred"
                + " thousand 万元)",
            "amounts on the form are in 万元: divide each by 10000, so 19996800 元 is 1999.68; if they"
                + " really are 万元, set amount.unit-yuan to warning or off under 检查.规则 in"
                + " declgen.yaml"),
        new Row(
            "其他资金: -365.40 / 拟投入的资金: -2100.00",
            s ->
                replace(
                    replace(
                        replace(s, "财政拨款: 15074.16", "财政拨款: 15439.56"),
                        "其他资金: 0.00",
                        "其他资金: -365.40"),
                    "拟投入的资金: 839.55",
                    "拟投入的资金: -2100.00"),
            1,
            "x.yaml:15:11: 错误: 「预算整体情况 › 收入来源 › 其他资金」的金额 -365.40 是负数",
            "申报表上的金额不能为负数；没有这项资金写 0.00，未填写写 ~",
            "x.yaml:15:11: error: the amount -365.40 of \"预算整体情况 › 收入来源 › 其他资金\" is negative",
            "no amount on the form is negative; write 0.00 when there is none and ~ when not filled"
                + " in"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void clerkReadsWhereAndWhatToType(Row row, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.yaml"), row.edit().apply(Samples.read(Samples.NANSHA)));

    Cli chinese = Cli.run(dir, "check", "x.yaml");
    assertThat(chinese.code()).isEqualTo(row.exitCode());
    assertThat(chinese.out())
        .contains(row.chinese() + "\n", "  怎么改: " + row.chineseHint() + "\n")
        .doesNotContain("不认识的键", "YAML 格式错误", "「」");

    Cli english = Cli.run(dir, Map.of("DECLGEN_LANG", "en"), "check", "x.yaml");
    assertThat(english.code()).isEqualTo(row.exitCode());
    assertThat(english.out())
        .contains(row.english() + "\n", "  fix: " + row.englishHint() + "\n")
        .doesNotContain("unknown key", "YAML syntax");
  }

  private static String satisfaction(String sample, String typed) {
    return replace(sample, "{三级指标: 用户满意度, 指标值: 满意}", typed);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(基本支出|项目支出|财政拨款|其他资金|财政专项资金|其他事业发展性支出|本级使用资金|拟用于对下转移支付资金|拟投入的资金): ([0-9.]+)");

  /** Every amount multiplied by 10,000 and written without decimals, as 元 figures are. */
  private static String inYuan(String sample) {
    Matcher m = AMOUNT.matcher(sample);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String yuan = new BigDecimal(m.group(2)).movePointRight(4).setScale(0).toPlainString();
      m.appendReplacement(out, m.group(1) + ": " + yuan);
    }
    return m.appendTail(out).toString();
  }
}
