package org.declgen.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for a misspelt name. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate nearest to {@code typed}, if it is near enough to be a plausible typo. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(typed, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int tolerance = Math.max(1, Math.min(3, Math.max(typed.length(), best.length()) / 3));
    boolean contains = !typed.isEmpty() && (best.contains(typed) || typed.contains(best));
    return bestDistance <= tolerance || contains ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance over UTF-16 units (the labels are in the Basic Multilingual Plane). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
