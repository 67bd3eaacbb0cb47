package org.declgen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A long sentence edited in a few words, shown by the clauses that changed: a reviewer reads the 20
 * characters that differ, not the 200 that do not. Clauses end at a comma or colon; a sentence is
 * shown so when the clauses both versions begin and end with make up at least half of it.
 */
record RevisedSentence(String opening, String before, String after) {
  private static final String CLAUSE_END = "，：,:";
  private static final String CLOSERS = "”’）」』】)\"'";
  private static final int OPENING_LENGTH = 16;
  private static final String ELLIPSIS = "…";

  static Optional<RevisedSentence> of(String before, String after) {
    List<String> a = clauses(before);
    List<String> b = clauses(after);
    int head = 0;
    while (head < a.size() - 1 && head < b.size() - 1 && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head - 1
        && tail < b.size() - head - 1
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    if (head + tail == 0) {
      return Optional.empty();
    }
    String oldMiddle = join(a, head, a.size() - tail);
    String newMiddle = join(b, head, b.size() - tail);
    int common = before.length() - oldMiddle.length();
    if (common * 2 < Math.max(before.length(), after.length())) {
      return Optional.empty();
    }
    return Optional.of(
        new RevisedSentence(
            opening(before),
            excerpt(oldMiddle, head > 0, tail > 0),
            excerpt(newMiddle, head > 0, tail > 0)));
  }

  private static String opening(String sentence) {
    return sentence.length() <= OPENING_LENGTH
        ? sentence
        : sentence.substring(0, OPENING_LENGTH) + ELLIPSIS;
  }

  private static String excerpt(String middle, boolean textBefore, boolean textAfter) {
    return (textBefore ? ELLIPSIS : "") + middle + (textAfter ? ELLIPSIS : "");
  }

  private static String join(List<String> clauses, int from, int to) {
    return String.join("", clauses.subList(from, to));
  }

  /** The sentence cut after each comma or colon, with the closing marks that follow it. */
  static List<String> clauses(String sentence) {
    List<String> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      if (CLAUSE_END.indexOf(sentence.charAt(i)) >= 0) {
        int end = i + 1;
        while (end < sentence.length() && CLOSERS.indexOf(sentence.charAt(end)) >= 0) {
          end++;
        }
        clauses.add(sentence.substring(start, end));
        start = end;
        i = end - 1;
      }
    }
    if (start < sentence.length()) {
      clauses.add(sentence.substring(start));
    }
    return clauses;
  }
}
