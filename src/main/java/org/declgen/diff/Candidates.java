package org.declgen.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Positions in an old list grouped by a key (a name, a content), handed out in order, each once:
 * matching a new list against it takes linear time, however many records share a key.
 *
 * @param <K> the key; null is a key like any other (records without a name)
 */
final class Candidates<K> {
  private final Map<K, List<Integer>> positions = new HashMap<>();
  private final Map<K, Integer> next = new HashMap<>();

  void add(K key, int position) {
    positions.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
  }

  /**
   * The first position under {@code key} that is not yet taken, marking it taken; null when none is
   * left. A position taken here or elsewhere stays taken, so each is passed over once.
   */
  Integer take(K key, boolean[] taken) {
    List<Integer> list = positions.get(key);
    if (list == null) {
      return null;
    }
    int k = next.getOrDefault(key, 0);
    while (k < list.size() && taken[list.get(k)]) {
      k++;
    }
    next.put(key, Math.min(k + 1, list.size()));
    if (k == list.size()) {
      return null;
    }
    taken[list.get(k)] = true;
    return list.get(k);
  }

  /**
   * Matches each new item still unmatched ({@code matchOf[j] == null}) to the first untaken old
   * item of the same key, in order; one pass of a matching that tries stricter keys first.
   */
  static <K> void matchRemaining(
      Integer[] matchOf, boolean[] taken, IntFunction<K> oldKey, IntFunction<K> newKey) {
    Candidates<K> candidates = new Candidates<>();
    for (int i = 0; i < taken.length; i++) {
      if (!taken[i]) {
        candidates.add(oldKey.apply(i), i);
      }
    }
    for (int j = 0; j < matchOf.length; j++) {
      if (matchOf[j] == null) {
        matchOf[j] = candidates.take(newKey.apply(j), taken);
      }
    }
  }
}
