package org.declgen.yaml;

import static org.declgen.model.Labels.*;

import java.util.List;
import java.util.regex.Pattern;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;

/**
 * Writes a declaration as canonical YAML: every key in the form's order, blanks as {@code ~}, long
 * texts as literal blocks, one indicator per line, a comment for each block. The same declaration
 * always gives the same text, so a later edit diffs cleanly; reading it back gives the same
 * declaration.
 */
public final class DeclarationWriter {
  private static final Pattern UNSAFE_START =
      Pattern.compile("^[-?:,\\[\\]{}#&*!|<>'\"%@`\\s].*", Pattern.DOTALL);

  /** SnakeYAML also ends a plain scalar at {@code ?} in a flow mapping ({@code {k: a?b}}). */
  private static final Pattern UNSAFE_ANYWHERE =
      Pattern.compile(".*(: |:$| #|[,?\\[\\]{}]|\\s$).*", Pattern.DOTALL);

  private static final Pattern NULL_LIKE = Pattern.compile("~|null|Null|NULL");

  private final StringBuilder out = new StringBuilder(8 * 1024);

  private DeclarationWriter() {}

  public static String write(Declaration d) {
    return new DeclarationWriter().declaration(d);
  }

  private String declaration(Declaration d) {
    line("# yaml-language-server: $schema=../schema/declaration.schema.json");
    line("# 部门整体预算绩效目标申报表 — 键名即申报表上的栏目名称，请勿改动。");
    line("# 金额单位：万元，写数字（如 1999.68）；未填写的写 ~（不是 0）。");
    line(DEPARTMENT + ": " + scalar(d.department()));
    line(YEAR + ": " + scalar(d.year()) + "  # 表上不写年度时为 ~");
    line(BASIC_INFO + ":  # 市级表打印这一行；区级表不打印");
    line("  " + FUNDED_STAFF + ": " + scalar(d.basicInfo().fundedStaff()));
    line("  " + SUBORDINATE_UNITS + ": " + scalar(d.basicInfo().subordinateUnits()));
    line(BUDGET + ":  # 万元");
    var b = d.budget();
    pair(
        EXPENDITURE,
        BASIC_EXPENDITURE,
        b.basicExpenditure(),
        PROJECT_EXPENDITURE,
        b.projectExpenditure());
    pair(INCOME, FISCAL_APPROPRIATION, b.fiscalAppropriation(), OTHER_FUNDS, b.otherFunds());
    pair(
        DEVELOPMENT,
        SPECIAL_FUNDS,
        b.specialFunds(),
        OTHER_DEVELOPMENT,
        b.otherDevelopmentExpenditure());
    pair(BY_LEVEL, OWN_LEVEL_FUNDS, b.ownLevelFunds(), TRANSFER_FUNDS, b.transferFunds());
    longText(OVERALL_GOAL, d.overallGoal(), "", "");
    tasks(d.tasks());
    longText(OTHER_TASKS, d.otherTasks(), "", "  # 可选填");
    indicators(d.indicators());
    return out.toString();
  }

  private void pair(String group, String k1, Amount a1, String k2, Amount a2) {
    line("  " + group + ": {" + k1 + ": " + amount(a1) + ", " + k2 + ": " + amount(a2) + "}");
  }

  private void tasks(List<Task> tasks) {
    if (tasks.isEmpty()) {
      line(TASKS + ": []  # 按申报表上的顺序，不要排序");
      return;
    }
    line(TASKS + ":  # 按申报表上的顺序，不要排序");
    for (Task t : tasks) {
      line("  - " + TASK_NAME + ": " + scalar(t.name()));
      longText(TASK_CONTENT, t.content(), "    ", "");
      line("    " + TASK_FUNDS + ": " + amount(t.funds()));
      longText(TASK_OUTCOME, t.expectedOutcome(), "    ", "");
    }
  }

  private void indicators(List<IndicatorCategory> categories) {
    if (categories.isEmpty()) {
      line(INDICATORS + ": {}  # 一级 › 二级 › 三级");
      return;
    }
    line(INDICATORS + ":  # 一级 › 二级 › 三级；没有三级指标的二级写 []");
    for (IndicatorCategory c : categories) {
      if (c.subcategories().isEmpty()) {
        line("  " + key(c.label()) + ": {}");
        continue;
      }
      line("  " + key(c.label()) + ":");
      for (IndicatorSubcategory s : c.subcategories()) {
        if (s.indicators().isEmpty()) {
          line("    " + key(s.label()) + ": []");
          continue;
        }
        line("    " + key(s.label()) + ":");
        for (Indicator i : s.indicators()) {
          line("      - " + indicator(i));
        }
      }
    }
  }

  private static String indicator(Indicator i) {
    String values =
        i.hasSingleValue()
            ? VALUE + ": " + scalar(i.annualValue())
            : PERIOD_VALUE
                + ": "
                + scalar(i.periodValue())
                + ", "
                + ANNUAL_VALUE
                + ": "
                + scalar(i.annualValue());
    return "{" + LEVEL3 + ": " + scalar(i.name()) + ", " + values + "}";
  }

  private void longText(String key, String text, String indent, String comment) {
    if (text == null) {
      line(indent + key + ": ~" + comment);
      return;
    }
    if (!isBlockSafe(text)) {
      line(indent + key + ": " + quoted(text) + comment);
      return;
    }
    line(indent + key + ": |" + comment);
    for (String l : text.split("\n", -1)) {
      line(l.isEmpty() ? "" : indent + "  " + l);
    }
  }

  /** A literal block keeps text exactly when it has no special characters and no outer spaces. */
  private static boolean isBlockSafe(String text) {
    if (text.isEmpty()
        || Character.isWhitespace(text.charAt(0))
        || text.strip().length() != text.length()
        || text.contains("\r")) {
      return false;
    }
    return text.codePoints().allMatch(c -> c == '\n' || isPrintable(c));
  }

  private static String amount(Amount a) {
    return a.isBlank() ? "~" : a.value().toPlainString();
  }

  private static String key(String label) {
    return scalar(label);
  }

  /** Plain when YAML reads it back as the same text, double-quoted otherwise. */
  static String scalar(String text) {
    if (text == null) {
      return "~";
    }
    if (text.isEmpty()
        || NULL_LIKE.matcher(text).matches()
        || UNSAFE_START.matcher(text).matches()
        || UNSAFE_ANYWHERE.matcher(text).matches()
        || !text.codePoints().allMatch(DeclarationWriter::isPrintable)) {
      return quoted(text);
    }
    return text;
  }

  private static String quoted(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                  if (isPrintable(c)) {
                    sb.appendCodePoint(c);
                  } else {
                    sb.append(String.format("\\u%04X", c));
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  private static boolean isPrintable(int c) {
    return c >= 0x20
        && c != 0x7F
        && !(c >= 0x80 && c <= 0x9F)
        && c != 0xFEFF
        && c != 0x2028
        && c != 0x2029
        && Character.isDefined(c)
        && c < 0xFFFE;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
