package org.declgen.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.Severity;
import org.declgen.form.AmountFormat;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Amount;
import org.declgen.model.Budget;

/**
 * Issue 12: amounts typed in 元 where the form wants 万元, which print 10,000 times too large. One
 * amount in 元 among 万元 is found by the balance it breaks ({@link YuanAmongWan}), whatever the size
 * of the department. Every amount in 元 shows by two signs, either enough: the department total is
 * above {@link #LARGEST_TOTAL} (1,000 亿元, far above any 部门整体 budget a district or city files:
 * 南沙区政务服务和数据管理局 15,074.16 万元, 湛江市人社局 72,807.38 万元), or every amount is a whole multiple of 100 with
 * at least seven digits, which is what 万元 with two decimals become when multiplied by 10,000.
 */
final class AmountUnitRule implements Rule {
  /** 1,000 亿元, in 万元. */
  static final BigDecimal LARGEST_TOTAL = new BigDecimal("10000000");

  private static final BigDecimal WAN = new BigDecimal("10000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final int YUAN_DIGITS = 7;

  @Override
  public String id() {
    return "amount.unit-yuan";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    Optional<YuanAmongWan.Found> one = YuanAmongWan.find(ctx.declaration());
    if (one.isPresent()) {
      YuanAmongWan.Found f = one.get();
      ctx.report(
          this,
          f.amount().path(),
          "one." + f.balance(),
          f.amount().label(),
          Amounts.show(f.amount().amount()),
          f.inWan().stripTrailingZeros().toPlainString());
      return;
    }
    Budget b = ctx.declaration().budget();
    Amount spent = b.expenditureTotal();
    Amount total = larger(spent, b.incomeTotal());
    if (!total.isBlank() && total.value().compareTo(LARGEST_TOTAL) > 0) {
      String group = total == spent ? "部门预算支出" : "收入来源";
      ctx.reportAtKey(
          this,
          DepartmentForm.BUDGET.label() + "." + group,
          "total",
          AmountFormat.format(total),
          AmountFormat.format(total.value().divide(WAN, 2, RoundingMode.HALF_UP)));
      return;
    }
    List<FormAmounts> filled =
        FormAmounts.of(ctx.declaration()).stream()
            .filter(a -> !a.amount().isBlank() && a.amount().value().signum() != 0)
            .toList();
    if (!filled.isEmpty() && filled.stream().allMatch(a -> looksLikeYuan(a.amount().value()))) {
      FormAmounts first = filled.get(0);
      ctx.report(this, first.path(), "round", first.amount().value().toPlainString());
    }
  }

  private static Amount larger(Amount a, Amount b) {
    if (a.isBlank() || !b.isBlank() && b.value().compareTo(a.value()) > 0) {
      return b;
    }
    return a;
  }

  private static boolean looksLikeYuan(BigDecimal v) {
    BigDecimal whole = v.stripTrailingZeros();
    return whole.scale() <= 0
        && whole.remainder(HUNDRED).signum() == 0
        && whole.abs().toBigInteger().toString().length() >= YUAN_DIGITS;
  }
}
