package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorRow;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.DeclarationArbitraries;

/**
 * The review Markdown's promise: one change in a declaration changes exactly its own line, plus the
 * 合计 line it feeds; and {@code declgen diff} names exactly that one change.
 */
class ReviewMarkdownProperties {
  private static final Renderer RENDERER = renderer();

  /** One scalar changed: which, and the lines the review Markdown must change. */
  record Mutation(Declaration after, List<String> removed, List<String> added) {}

  /** The lines a line diff removes and adds, each sorted. */
  record LineDiff(List<String> removed, List<String> added) {}

  @Property(tries = 300)
  void oneScalarChangesOneLinePlusTotals(
      @ForAll("declarations") Declaration before,
      @ForAll("choices") int choice,
      @ForAll("choices") int index)
      throws DiagnosticException {
    Mutation m = mutate(before, choice, index);
    LineDiff diff = lineDiff(RENDERER.markdown(before), RENDERER.markdown(m.after()));
    assertThat(diff.removed()).isEqualTo(sorted(m.removed()));
    assertThat(diff.added()).isEqualTo(sorted(m.added()));
    List<Change> changes = DeclarationDiff.compare(before, m.after());
    assertThat(changes.stream().filter(c -> !c.derived())).hasSize(1);
  }

  @Property(tries = 200)
  void reorderedTasksShowAsMovesOnly(
      @ForAll("declarations") Declaration before, @ForAll("choices") int seed) {
    Assume.that(before.tasks().size() >= 2);
    List<Task> tasks = new ArrayList<>(before.tasks());
    Collections.rotate(tasks, 1 + seed % (tasks.size() - 1));
    Declaration after = before.withTasks(tasks);
    List<Change> changes = DeclarationDiff.compare(before, after);
    assertThat(changes)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo(Change.Kind.MOVED));
  }

  @Property(tries = 100)
  void aDeclarationEqualsItself(@ForAll("declarations") Declaration d) {
    assertThat(DeclarationDiff.compare(d, d)).isEmpty();
  }

  private static Mutation mutate(Declaration d, int choice, int index) {
    return switch (choice % 8) {
      case 7 -> fundedStaff(d);
      case 0 -> department(d);
      case 1 -> year(d);
      case 2 -> budget(d, index % 8);
      case 3 -> d.tasks().isEmpty() ? department(d) : taskFunds(d, index % d.tasks().size());
      case 4 -> d.tasks().isEmpty() ? year(d) : taskName(d, index % d.tasks().size());
      case 5 -> indicatorValue(d, index);
      default -> overallGoal(d);
    };
  }

  private static Mutation department(Declaration d) {
    String name = d.department() + "改";
    Declaration after = d.withDepartment(name);
    return new Mutation(
        after, List.of("- 部门名称：" + esc(d.department())), List.of("- 部门名称：" + esc(name)));
  }

  private static Mutation year(Declaration d) {
    String year = d.year() == null ? "2025" : d.year() + "改";
    Declaration after = d.withYear(year);
    return new Mutation(
        after,
        d.year() == null ? List.of() : List.of("- 年度：" + esc(d.year())),
        List.of("- 年度：" + esc(year)));
  }

  /** Regression: 基本信息 once printed both its lines when either was filled. */
  private static Mutation fundedStaff(Declaration d) {
    String old = d.basicInfo().fundedStaff();
    String staff = old == null ? "120" : old + "改";
    Declaration after = d.withBasicInfo(d.basicInfo().withFundedStaff(staff));
    String label = "- 基本信息 › 财政供养人员数：";
    return new Mutation(
        after, old == null ? List.of() : List.of(label + esc(old)), List.of(label + esc(staff)));
  }

  private static final String[][] BUDGET_ROWS = {
    {"部门预算支出", "基本支出"}, {"部门预算支出", "项目支出"}, {"收入来源", "财政拨款"},
    {"收入来源", "其他资金"}, {"事业发展性支出", "财政专项资金"}, {"事业发展性支出", "其他事业发展性支出"},
    {"按预算级次划分", "本级使用资金"}, {"按预算级次划分", "拟用于对下转移支付资金"}
  };

  private static Mutation budget(Declaration d, int i) {
    List<Amount> a = amounts(d.budget());
    List<Amount> b = new ArrayList<>(a);
    b.set(i, bumped(a.get(i)));
    Budget nb =
        Budget.BLANK
            .withBasicExpenditure(b.get(0))
            .withProjectExpenditure(b.get(1))
            .withFiscalAppropriation(b.get(2))
            .withOtherFunds(b.get(3))
            .withSpecialFunds(b.get(4))
            .withOtherDevelopmentExpenditure(b.get(5))
            .withOwnLevelFunds(b.get(6))
            .withTransferFunds(b.get(7));
    Declaration after = d.withBudget(nb);
    String group = BUDGET_ROWS[i][0];
    List<String> removed = new ArrayList<>(List.of(row(group, BUDGET_ROWS[i][1], a.get(i))));
    List<String> added = new ArrayList<>(List.of(row(group, BUDGET_ROWS[i][1], b.get(i))));
    int first = i - i % 2;
    Amount totalA = Amount.total(a.get(first), a.get(first + 1));
    Amount totalB = Amount.total(b.get(first), b.get(first + 1));
    if (!reviewed(totalA).equals(reviewed(totalB))) {
      removed.add(row(group, "合计", totalA));
      added.add(row(group, "合计", totalB));
    }
    return new Mutation(after, removed, added);
  }

  private static Mutation taskFunds(Declaration d, int k) {
    Task t = d.tasks().get(k);
    Amount funds = bumped(t.funds());
    List<Task> tasks = new ArrayList<>(d.tasks());
    tasks.set(k, t.withFunds(funds));
    return new Mutation(
        d.withTasks(tasks),
        List.of("- 拟投入的资金（万元）：" + reviewed(t.funds())),
        List.of("- 拟投入的资金（万元）：" + reviewed(funds)));
  }

  private static Mutation taskName(Declaration d, int k) {
    Task t = d.tasks().get(k);
    String name = t.name() + "改";
    List<Task> tasks = new ArrayList<>(d.tasks());
    tasks.set(k, t.withName(name));
    return new Mutation(
        d.withTasks(tasks), List.of("### " + esc(t.name())), List.of("### " + esc(name)));
  }

  private static Mutation indicatorValue(Declaration d, int index) {
    List<IndicatorRow> rows =
        d.indicatorRows().stream().filter(r -> r.indicator().isPresent()).toList();
    if (rows.isEmpty()) {
      return overallGoal(d);
    }
    IndicatorRow r = rows.get(index % rows.size());
    Indicator old = r.indicator().orElseThrow();
    String annual = (old.annualValue() == null ? "" : old.annualValue()) + "改";
    Indicator changed = new Indicator(old.name(), old.periodValue(), annual);
    List<IndicatorCategory> categories = new ArrayList<>();
    for (IndicatorCategory c : d.indicators()) {
      List<IndicatorSubcategory> subs = new ArrayList<>();
      for (IndicatorSubcategory s : c.subcategories()) {
        List<Indicator> list = new ArrayList<>(s.indicators());
        if (c == r.category() && s == r.subcategory()) {
          list.set(list.indexOf(old), changed);
        }
        subs.add(new IndicatorSubcategory(s.label(), list));
      }
      categories.add(new IndicatorCategory(c.label(), subs));
    }
    Declaration after = d.withIndicators(categories);
    return new Mutation(after, List.of(indicatorRow(r, old)), List.of(indicatorRow(r, changed)));
  }

  private static Mutation overallGoal(Declaration d) {
    String sentence = "新增一句。";
    String goal = d.overallGoal() == null ? sentence : d.overallGoal() + "\n" + sentence;
    Declaration after = d.withOverallGoal(goal);
    return new Mutation(
        after, d.overallGoal() == null ? List.of("（未填写）") : List.of(), List.of(sentence));
  }

  private static List<Amount> amounts(Budget b) {
    return List.of(
        b.basicExpenditure(),
        b.projectExpenditure(),
        b.fiscalAppropriation(),
        b.otherFunds(),
        b.specialFunds(),
        b.otherDevelopmentExpenditure(),
        b.ownLevelFunds(),
        b.transferFunds());
  }

  private static Amount bumped(Amount a) {
    return a.isBlank() ? Amount.of("1.00") : new Amount(a.value().add(BigDecimal.ONE));
  }

  private static String row(String group, String item, Amount a) {
    return "| " + group + " | " + item + " | " + reviewed(a) + " |";
  }

  /** As the review Markdown prints an amount: as on the form, then the exact value if rounded. */
  private static String reviewed(Amount a) {
    String exact = AmountFormat.isRounded(a) ? "（精确值 " + a.value().toPlainString() + "）" : "";
    return AmountFormat.format(a) + exact;
  }

  private static String indicatorRow(IndicatorRow r, Indicator i) {
    return "| "
        + r.category().label()
        + " | "
        + r.subcategory().label()
        + " | "
        + esc(i.name())
        + " | "
        + esc(i.periodValue())
        + " | "
        + esc(i.annualValue())
        + " |";
  }

  /** As the review Markdown escapes a value. */
  private static String esc(String s) {
    return Objects.toString(s, "").replace("|", "\\|").replace("\n", "<br>");
  }

  static LineDiff lineDiff(String before, String after) {
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (AbstractDelta<String> d :
        DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
      removed.addAll(d.getSource().getLines());
      added.addAll(d.getTarget().getLines());
    }
    return new LineDiff(sorted(removed), sorted(added));
  }

  private static List<String> sorted(List<String> lines) {
    List<String> s = new ArrayList<>(lines);
    Collections.sort(s);
    return s;
  }

  private static Renderer renderer() {
    try {
      Messages m = Messages.chinese();
      return new Renderer(
          new TemplateEngine(m),
          new TemplateCatalog(Path.of("."), m).resolve(TemplateCatalog.DEFAULT_ID));
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().toString(), e);
    }
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  @Provide
  Arbitrary<Integer> choices() {
    return Arbitraries.integers().between(0, 1000);
  }
}
