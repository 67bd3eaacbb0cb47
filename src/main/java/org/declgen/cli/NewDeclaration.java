package org.declgen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.declgen.check.Framework;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.declgen.yaml.DeclarationWriter;

/**
 * The text {@code init} writes: the canonical YAML of an empty declaration (so {@code init} and
 * {@code import} agree on the shape), with a comment on each field saying how to fill it.
 */
final class NewDeclaration {
  private static final Map<String, String> COMMENTS =
      Map.ofEntries(
          Map.entry("部门名称:", "# 全称，与公章一致"),
          Map.entry("财政供养人员数:", "# 人数，如 120"),
          Map.entry("下属二级单位数:", "# 个数，如 3"),
          Map.entry("部门预算支出:", "# 基本支出 + 项目支出 = 部门预算总额"),
          Map.entry("收入来源:", "# 财政拨款 + 其他资金 = 部门预算总额"),
          Map.entry("事业发展性支出:", "# 两项之和不大于项目支出"),
          Map.entry("按预算级次划分:", "# 两项之和 = 部门预算总额；不填写时都写 ~"),
          Map.entry("总体绩效目标:", "# 写成“目标1：…”“目标2：…”，多行时用 | 开头"),
          Map.entry("- 名称:", "# 任务名称；每项任务以“- 名称:”开头，可复制多项"),
          Map.entry("主要实施内容:", "# 多行时用 | 开头，下一行缩进书写"),
          Map.entry("拟投入的资金:", "# 万元，写数字；各任务合计不大于项目支出"),
          Map.entry("期望达到的目标:", "# 概述"));

  private NewDeclaration() {}

  static Declaration empty(String department, Framework framework) {
    List<IndicatorCategory> categories = new ArrayList<>();
    framework
        .levels()
        .forEach(
            (l1, subs) ->
                categories.add(
                    new IndicatorCategory(
                        l1,
                        subs.stream().map(s -> new IndicatorSubcategory(s, List.of())).toList())));
    return new Declaration(
        department,
        null,
        BasicInfo.BLANK,
        Budget.BLANK,
        null,
        List.of(new Task(null, null, Amount.BLANK, null)),
        null,
        categories);
  }

  static String yaml(String department, Framework framework, String schemaReference) {
    String canonical = DeclarationWriter.write(empty(department, framework));
    StringBuilder out = new StringBuilder();
    for (String line : canonical.split("\n", -1)) {
      if (line.startsWith("# yaml-language-server:")) {
        line = "# yaml-language-server: $schema=" + schemaReference;
      }
      out.append(withComment(line)).append('\n');
    }
    out.setLength(out.length() - 1);
    out.append("# 指标值写法：数量写数字和单位（≥64800件）；比率、满意度写百分数（≥95%）；\n");
    out.append("# 越小越好的指标（响应时间、RTO、成本）用 ≤。写完后运行 declgen check 检查。\n");
    return out.toString();
  }

  private static String withComment(String line) {
    if (line.contains("#")) {
      return line;
    }
    String key = line.strip();
    for (Map.Entry<String, String> e : COMMENTS.entrySet()) {
      if (key.startsWith(e.getKey())) {
        return line + "  " + e.getValue();
      }
    }
    if (line.startsWith("      ") && line.strip().endsWith(": []")) {
      return line;
    }
    return line;
  }
}
