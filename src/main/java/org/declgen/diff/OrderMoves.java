package org.declgen.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which items of a reordered list moved: those outside a longest common subsequence of the old and
 * new orders. Swapping two neighbours moves one item, not the whole list. Of several longest ones
 * the one that keeps the earliest items of the new order is chosen. As both orders hold the same
 * items, this is a longest increasing subsequence of old positions, found in {@code n log n} time
 * and linear memory (a list of a hundred thousand items takes a moment, not gigabytes).
 */
final class OrderMoves {
  private OrderMoves() {}

  /** Both lists hold the same distinct keys; returns the keys that moved. */
  static <K> Set<K> moved(List<K> before, List<K> after) {
    Map<K, Integer> oldPosition = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      oldPosition.put(before.get(i), i);
    }
    int[] s = new int[after.size()];
    for (int j = 0; j < s.length; j++) {
      s[j] = oldPosition.get(after.get(j));
    }
    boolean[] kept = earliestLongestIncreasing(s);
    Set<K> moved = new HashSet<>();
    for (int j = 0; j < s.length; j++) {
      if (!kept[j]) {
        moved.add(after.get(j));
      }
    }
    return moved;
  }

  /**
   * The longest increasing subsequence of distinct values {@code s} whose positions come first in
   * lexicographic order, as a mark per position.
   */
  static boolean[] earliestLongestIncreasing(int[] s) {
    int[] longestFrom = longestIncreasingFrom(s);
    int need = Arrays.stream(longestFrom).max().orElse(0);
    boolean[] kept = new boolean[s.length];
    int last = Integer.MIN_VALUE;
    for (int j = 0; j < s.length && need > 0; j++) {
      if (longestFrom[j] == need && s[j] > last) {
        kept[j] = true;
        last = s[j];
        need--;
      }
    }
    return kept;
  }

  /** For each position, the length of the longest increasing subsequence that starts there. */
  private static int[] longestIncreasingFrom(int[] s) {
    int[] result = new int[s.length];
    List<Integer> tails = new ArrayList<>();
    for (int j = s.length - 1; j >= 0; j--) {
      int v = -s[j];
      int k = lowerBound(tails, v);
      if (k == tails.size()) {
        tails.add(v);
      } else {
        tails.set(k, v);
      }
      result[j] = k + 1;
    }
    return result;
  }

  /** The first index whose value is at least {@code v} in an increasing list. */
  private static int lowerBound(List<Integer> sorted, int v) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
