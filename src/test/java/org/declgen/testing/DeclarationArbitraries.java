package org.declgen.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;

/**
 * Generated declarations for property tests: realistic labels, amounts with 0–4 decimals or blank,
 * texts with the characters that trouble YAML, XML and Markdown (quotes, {@code |}, {@code <},
 * {@code :}, {@code #}, line breaks).
 */
public final class DeclarationArbitraries {
  private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
  private static final List<String> LEVEL2 =
      List.of(
          "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标");
  private static final List<String> WORDS =
      List.of(
          "政务", "服务", "审批", "数据", "平台", "建设", "系统", "提升", "效能", "港澳", "“一件事”", "（一）", "≥", "≤", ">",
          "<", "|", ":", "#", "&", "'", "\"", "1,000", "0.95", "050", "RTO", "%", "。", "；", " ",
          "*", "-", "…");

  private DeclarationArbitraries() {}

  public static Arbitrary<Declaration> declarations() {
    return Combinators.combine(
            text(1, 6),
            optionalText(1, 2),
            basicInfo(),
            budget(),
            longText().injectNull(0.2),
            tasks(),
            longText().injectNull(0.6),
            indicators())
        .as(Declaration::new);
  }

  public static Arbitrary<String> text(int minWords, int maxWords) {
    return Arbitraries.of(WORDS)
        .list()
        .ofMinSize(minWords)
        .ofMaxSize(maxWords)
        .map(words -> String.join("", words).strip())
        .filter(s -> !s.isEmpty());
  }

  static Arbitrary<String> optionalText(int minWords, int maxWords) {
    return text(minWords, maxWords).injectNull(0.5);
  }

  /** Several sentences, sometimes over several lines. */
  public static Arbitrary<String> longText() {
    return text(2, 12).list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n", lines));
  }

  public static Arbitrary<Amount> amounts() {
    Arbitrary<Amount> filled =
        Combinators.combine(
                Arbitraries.longs().between(0, 99_999_999L), Arbitraries.integers().between(0, 4))
            .as((unscaled, scale) -> new Amount(BigDecimal.valueOf(unscaled, scale)));
    return Arbitraries.frequencyOf(
        Tuple.of(8, filled), Tuple.of(1, Arbitraries.just(Amount.BLANK)));
  }

  static Arbitrary<BasicInfo> basicInfo() {
    return Combinators.combine(optionalText(1, 1), optionalText(1, 1)).as(BasicInfo::new);
  }

  static Arbitrary<Budget> budget() {
    return amounts()
        .list()
        .ofSize(8)
        .map(
            a ->
                new Budget(
                    a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6),
                    a.get(7)));
  }

  static Arbitrary<List<Task>> tasks() {
    return Combinators.combine(
            text(1, 5), longText().injectNull(0.1), amounts(), longText().injectNull(0.1))
        .as(Task::new)
        .list()
        .ofMinSize(0)
        .ofMaxSize(5)
        .map(DeclarationArbitraries::uniqueTaskNames);
  }

  /** Tasks are matched by name in diffs; give each a distinct one, as real forms do. */
  private static List<Task> uniqueTaskNames(List<Task> tasks) {
    List<Task> result = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      result.add(
          new Task("任务" + (i + 1) + "：" + t.name(), t.content(), t.funds(), t.expectedOutcome()));
    }
    return result;
  }

  static Arbitrary<Indicator> indicator() {
    Arbitrary<String> value = text(1, 3).injectNull(0.1);
    Arbitrary<Indicator> single =
        Combinators.combine(text(1, 4), value).as((name, v) -> new Indicator(name, v, v));
    Arbitrary<Indicator> pair = Combinators.combine(text(1, 4), value, value).as(Indicator::new);
    return Arbitraries.oneOf(single, single, pair);
  }

  static Arbitrary<List<IndicatorCategory>> indicators() {
    Arbitrary<List<IndicatorSubcategory>> subs =
        Arbitraries.subsetOf(LEVEL2)
            .flatMap(
                labels -> {
                  List<String> ordered = LEVEL2.stream().filter(labels::contains).toList();
                  return indicator()
                      .list()
                      .ofMaxSize(4)
                      .list()
                      .ofSize(ordered.size())
                      .map(
                          lists -> {
                            List<IndicatorSubcategory> result = new ArrayList<>();
                            for (int i = 0; i < ordered.size(); i++) {
                              result.add(new IndicatorSubcategory(ordered.get(i), lists.get(i)));
                            }
                            return result;
                          });
                });
    return Arbitraries.subsetOf(LEVEL1)
        .flatMap(
            labels -> {
              List<String> ordered = LEVEL1.stream().filter(labels::contains).toList();
              return subs.list()
                  .ofSize(ordered.size())
                  .map(
                      lists -> {
                        List<IndicatorCategory> result = new ArrayList<>();
                        for (int i = 0; i < ordered.size(); i++) {
                          result.add(new IndicatorCategory(ordered.get(i), lists.get(i)));
                        }
                        return result;
                      });
            });
  }
}
