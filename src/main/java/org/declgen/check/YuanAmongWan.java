package org.declgen.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;

/**
 * One amount typed in 元 among amounts in 万元: a balance of the form fails, and holds once that
 * amount is divided by 10,000. Unlike the size of the total, this does not depend on how large the
 * department is. Only amounts of at least 10,000 are weighed: below that, dividing by 10,000 leaves
 * less than 1 万元, and a stray amount that should be 0 would look the same.
 */
final class YuanAmongWan {
  private static final BigDecimal WAN = new BigDecimal("10000");
  private static final String SPENT = "预算整体情况.部门预算支出.";
  private static final String INCOME = "预算整体情况.收入来源.";
  private static final String LEVEL = "预算整体情况.按预算级次划分.";

  /** Two sums of the form that must be equal; {@code name} is the message variant naming them. */
  private record Balance(String name, List<String> left, List<String> right) {}

  private static final List<Balance> BALANCES =
      List.of(
          new Balance(
              "balance",
              List.of(SPENT + "基本支出", SPENT + "项目支出"),
              List.of(INCOME + "财政拨款", INCOME + "其他资金")),
          new Balance(
              "level-balance",
              List.of(LEVEL + "本级使用资金", LEVEL + "拟用于对下转移支付资金"),
              List.of(SPENT + "基本支出", SPENT + "项目支出")));

  /** The amount, and the balance that dividing it by 10,000 makes hold. */
  record Found(FormAmounts amount, String balance, BigDecimal inWan) {}

  private YuanAmongWan() {}

  static Optional<Found> find(Declaration d) {
    Map<String, FormAmounts> byPath =
        FormAmounts.of(d).stream()
            .collect(Collectors.toMap(FormAmounts::path, Function.identity()));
    for (Balance b : BALANCES) {
      List<FormAmounts> terms =
          Stream.concat(b.left().stream(), b.right().stream()).map(byPath::get).toList();
      if (terms.stream().anyMatch(t -> t.amount().isBlank()) || holds(b, byPath, null)) {
        continue;
      }
      for (FormAmounts t : terms) {
        if (t.amount().value().compareTo(WAN) >= 0 && holds(b, byPath, t.path())) {
          return Optional.of(new Found(t, b.name(), inWan(t.amount())));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean holds(Balance b, Map<String, FormAmounts> byPath, String inYuan) {
    return !Amounts.differ(sum(b.left(), byPath, inYuan), sum(b.right(), byPath, inYuan));
  }

  private static Amount sum(List<String> paths, Map<String, FormAmounts> byPath, String inYuan) {
    BigDecimal total = BigDecimal.ZERO;
    for (String p : paths) {
      Amount a = byPath.get(p).amount();
      total = total.add(p.equals(inYuan) ? inWan(a) : a.value());
    }
    return new Amount(total);
  }

  private static BigDecimal inWan(Amount yuan) {
    return yuan.value().divide(WAN);
  }
}
