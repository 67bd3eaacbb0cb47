package org.declgen.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.declgen.form.AmountField;
import org.declgen.form.DepartmentForm;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.yaml.BlankText;

/**
 * Generated declarations for property tests: realistic labels, amounts with 0–4 decimals or blank,
 * texts with the characters that trouble YAML, XML and Markdown (quotes, {@code |}, {@code <},
 * {@code :}, {@code #}, line breaks) and characters beyond the Basic Multilingual Plane (𠮷,
 * emoji). {@link #hostileDeclarations} adds what a careless hand leaves: names missing, blank or
 * repeated, YAML's own words and indicators, tabs and line breaks in one-line fields.
 */
public final class DeclarationArbitraries {
  private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
  private static final List<String> LEVEL2 =
      List.of(
          "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标");
  private static final List<String> WORDS =
      List.of(
          "政务",
          "服务",
          "审批",
          "数据",
          "平台",
          "建设",
          "系统",
          "提升",
          "效能",
          "港澳",
          "“一件事”",
          "（一）",
          "≥",
          "≤",
          ">",
          "<",
          "|",
          ":",
          "#",
          "&",
          "'",
          "\"",
          "1,000",
          "0.95",
          "050",
          "RTO",
          "%",
          "。",
          "；",
          " ",
          "*",
          "-",
          "…",
          "𠮷",
          "𪚥",
          "😀",
          "👨\u200D👩\u200D👧",
          "e\u0301",
          "ｘ",
          "〇");

  /** Texts that are YAML syntax, or look like other YAML types, or hide in whitespace. */
  private static final List<String> TRAPS =
      List.of(
          "~",
          "null",
          "Null",
          "true",
          "yes",
          "no",
          "on",
          "1e3",
          "0x1F",
          ".5",
          "2024-01-01",
          "=",
          "- 项",
          "? 问",
          "*别名",
          "&锚",
          "!标签",
          "!!str",
          "%YAML",
          "@",
          "`",
          "'",
          "\"",
          "[a]",
          "{a: b}",
          "a: b",
          "a #b",
          "#",
          "|",
          ">",
          "<<",
          "---",
          "...",
          "\\",
          "\\e",
          "１２３",
          " 前后空格 ",
          "\t制表\t",
          "换\n行",
          "结尾\n",
          "\u00A0",
          "\u3000全角空格",
          "a\u200Bb",
          "𠮷",
          "😀",
          "—",
          "-",
          "0",
          "00",
          "-0.0");

  private DeclarationArbitraries() {}

  /** Declarations with every field the form describes. */
  public static Arbitrary<Declaration> declarations() {
    return of(DepartmentForm.FORM);
  }

  /**
   * Declarations that load but test every path of the code that reads them: task names and 三级 names
   * missing, blank or repeated; one-line fields holding line breaks, tabs, YAML's words and
   * indicators; amounts negative, huge or with many decimals; 一级 and 二级 names off the framework.
   */
  public static Arbitrary<Declaration> hostileDeclarations() {
    return filled(DepartmentForm.FORM.blank(), DepartmentForm.FORM.fields(), true);
  }

  /**
   * Values of any form, field by field as its description lists them: a field added to the
   * description is generated without a change here.
   */
  public static <T> Arbitrary<T> of(FormDescription<T> form) {
    return filled(form.blank(), form.fields(), false);
  }

  private static <V> Arbitrary<V> filled(V blank, List<Field<V>> fields, boolean hostile) {
    List<Arbitrary<UnaryOperator<V>>> setters = new ArrayList<>();
    for (Field<V> f : fields) {
      setters.add(f.accept(new Setter<>(blank, hostile)));
    }
    return Combinators.combine(setters)
        .as(
            ops -> {
              V value = blank;
              for (UnaryOperator<V> op : ops) {
                value = op.apply(value);
              }
              return value;
            });
  }

  /** How to fill one field: a line of text, a long text, an amount, a group, a list, the tree. */
  private record Setter<V>(V blank, boolean hostile)
      implements FieldVisitor<V, Arbitrary<UnaryOperator<V>>> {
    @Override
    public Arbitrary<UnaryOperator<V>> text(TextField<V> field) {
      Arbitrary<String> text =
          hostile ? hostileText() : field.rich() ? longText().injectNull(0.3) : optionalText(1, 4);
      return text.map(t -> v -> field.lens().with(v, t));
    }

    @Override
    public Arbitrary<UnaryOperator<V>> amount(AmountField<V> field) {
      Arbitrary<Amount> amounts = hostile ? hostileAmounts() : amounts();
      return amounts.map(a -> v -> field.lens().with(v, a));
    }

    @Override
    public <S> Arbitrary<UnaryOperator<V>> group(GroupField<V, S> field) {
      return filled(field.lens().get(blank), field.fields(), hostile)
          .map(s -> v -> field.lens().with(v, s));
    }

    @Override
    public <E> Arbitrary<UnaryOperator<V>> list(ListField<V, E> field) {
      Arbitrary<List<E>> records =
          filled(field.items().blank(), field.items().fields(), hostile)
              .list()
              .ofMinSize(0)
              .ofMaxSize(5);
      return (hostile ? records : records.map(items -> uniqueNames(field.items(), items)))
          .map(items -> v -> field.lens().with(v, items));
    }

    @Override
    public Arbitrary<UnaryOperator<V>> indicators(IndicatorTreeField<V> field) {
      Arbitrary<List<IndicatorCategory>> tree =
          hostile ? hostileIndicators() : DeclarationArbitraries.indicators();
      return tree.map(t -> v -> field.lens().with(v, t));
    }
  }

  /**
   * A text as a careless hand leaves it, or null; never one that prints nothing, as the loader
   * reads such a text as none.
   */
  public static Arbitrary<String> hostileText() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(TRAPS));
    return piece
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(pieces -> String.join("", pieces))
        .map(t -> BlankText.printsNothing(t) ? null : t)
        .injectNull(0.2);
  }

  static Arbitrary<Amount> hostileAmounts() {
    Arbitrary<Amount> odd =
        Arbitraries.of("-0.01", "-365.40", "0", "0.000000", "123456789012345.678901")
            .map(t -> new Amount(new BigDecimal(t)));
    return Arbitraries.frequencyOf(Tuple.of(3, amounts()), Tuple.of(1, odd));
  }

  /** A tree whose 一级 and 二级 may be off the framework and whose 三级 may repeat or lack names. */
  static Arbitrary<List<IndicatorCategory>> hostileIndicators() {
    // keys are read without surrounding spaces, so they are generated that way
    Arbitrary<String> label =
        Arbitraries.oneOf(
            Arbitraries.of(LEVEL1),
            Arbitraries.of(LEVEL2),
            hostileText().filter(t -> t != null).map(String::strip));
    Arbitrary<Indicator> indicator =
        Combinators.combine(
                Arbitraries.oneOf(hostileText(), Arbitraries.of("同名指标")),
                hostileText(),
                hostileText(),
                Arbitraries.of(true, false))
            .as((name, p, a, single) -> new Indicator(name, single ? a : p, a));
    Arbitrary<IndicatorSubcategory> sub =
        Combinators.combine(label, indicator.list().ofMaxSize(4)).as(IndicatorSubcategory::new);
    Arbitrary<IndicatorCategory> category =
        Combinators.combine(label, sub.list().ofMaxSize(3).uniqueElements(s -> s.label()))
            .as(IndicatorCategory::new);
    return category.list().ofMaxSize(4).uniqueElements(c -> c.label());
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

  /** Records are matched by name in diffs; give each a distinct one, as real forms do. */
  private static <E> List<E> uniqueNames(ListField.Items<E> items, List<E> records) {
    TextField<E> key = items.keyField();
    List<E> result = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      String name = items.nameOf(records.get(i));
      String unique = "任务" + (i + 1) + (name == null ? "" : "：" + name);
      result.add(key.lens().with(records.get(i), unique));
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
