package org.declgen.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which items of a reordered list moved: those outside a longest common subsequence of the old and
 * new orders. Swapping two neighbours moves one item, not the whole list.
 */
final class OrderMoves {
  private OrderMoves() {}

  /** Both lists hold the same distinct keys; returns the keys that moved. */
  static <K> Set<K> moved(List<K> before, List<K> after) {
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
