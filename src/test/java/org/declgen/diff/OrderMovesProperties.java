package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The moves found in {@code n log n} time are the ones the former longest-common-subsequence table
 * found in {@code n²} memory, tie-breaking included, so reports do not change.
 */
class OrderMovesProperties {
  @Property(tries = 2000)
  void sameMovesAsTheQuadraticTable(@ForAll("permutations") List<Integer> after) {
    List<Integer> before = after.stream().sorted().toList();
    assertThat(OrderMoves.moved(before, after)).isEqualTo(quadratic(before, after));
  }

  @Provide
  Arbitrary<List<Integer>> permutations() {
    return Arbitraries.integers()
        .between(0, 12)
        .flatMap(
            n -> {
              List<Integer> items = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                items.add(i);
              }
              return Arbitraries.shuffle(items);
            });
  }

  /** The former implementation, kept as the reference. */
  private static <K> Set<K> quadratic(List<K> before, List<K> after) {
    int n = before.size();
    int m = after.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            before.get(i).equals(after.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    Set<K> kept = new HashSet<>();
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (before.get(i).equals(after.get(j))) {
        kept.add(before.get(i));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    Set<K> moved = new HashSet<>(before);
    moved.removeAll(kept);
    return moved;
  }
}
