package org.declgen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorSubcategory;

/**
 * Which filled-in facts of a declaration a Word template does not print: the same YAML renders with
 * either official form, and a user should hear once that, say, 基本信息 is not on the 区级 form, rather
 * than discover it on paper.
 */
final class UnprintedFields {
  /**
   * A fact of the declaration: its label, the view path that prints it, and whether it is filled.
   */
  private record Fact(String label, String path, Predicate<Declaration> filled) {}

  private static final List<Fact> FACTS =
      List.of(
          new Fact("年度", "年度", d -> d.year() != null),
          new Fact("基本信息 › 财政供养人员数", "基本信息.财政供养人员数", d -> d.basicInfo().fundedStaff() != null),
          new Fact("基本信息 › 下属二级单位数", "基本信息.下属二级单位数", d -> d.basicInfo().subordinateUnits() != null),
          new Fact("总体绩效目标", "总体绩效目标", d -> d.overallGoal() != null),
          new Fact("其他需完成的任务", "其他需完成的任务", d -> d.otherTasks() != null),
          new Fact("实施周期指标值", "指标.实施周期指标值", UnprintedFields::hasDistinctPeriodValues),
          new Fact("年度指标值", "指标.年度指标值", d -> !d.indicatorRows().isEmpty()));

  private UnprintedFields() {}

  /** Labels of the facts filled in {@code d} that no markup of the template reads. */
  static List<String> of(Declaration d, Set<String> usedPaths) {
    Set<String> used =
        usedPaths.stream().map(UnprintedFields::normalize).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (Fact f : FACTS) {
      if (f.filled().test(d)
          && used.stream().noneMatch(u -> u.equals(f.path()) || u.startsWith(f.path() + "."))) {
        missing.add(f.label());
      }
    }
    return missing;
  }

  /** Both indicator views, and 指标值 (an alias of 年度指标值), count as one fact. */
  private static String normalize(String path) {
    return path.replace("绩效指标行[].", "指标.")
        .replace("绩效指标[].二级指标[].三级指标[].", "指标.")
        .replaceAll("^指标\\.指标值$", "指标.年度指标值");
  }

  private static boolean hasDistinctPeriodValues(Declaration d) {
    return d.indicators().stream()
        .flatMap(c -> c.subcategories().stream())
        .map(IndicatorSubcategory::indicators)
        .flatMap(List::stream)
        .anyMatch(i -> i.periodValue() != null && !i.hasSingleValue());
  }
}
