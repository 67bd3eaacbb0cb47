package org.declgen.diff;

import static org.declgen.model.Labels.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.declgen.model.Amount;
import org.declgen.model.Task;

/**
 * 年度重点工作任务: tasks are matched by 名称; an unmatched pair with the same content (主要实施内容, 拟投入的资金,
 * 期望达到的目标) is a rename; matched tasks out of their old order are moves.
 */
final class TaskDiff {
  /** A task matched on both sides, by its position in each list. */
  private record Pair(int before, int after) {}

  private TaskDiff() {}

  static List<Change> compare(List<Task> before, List<Task> after) {
    Integer[] matchOf = match(before, after);
    List<Pair> pairs = new ArrayList<>();
    boolean[] oldMatched = new boolean[before.size()];
    for (int j = 0; j < after.size(); j++) {
      if (matchOf[j] != null) {
        pairs.add(new Pair(matchOf[j], j));
        oldMatched[matchOf[j]] = true;
      }
    }
    List<Pair> oldOrder =
        pairs.stream().sorted((x, y) -> Integer.compare(x.before, y.before)).toList();
    Set<Pair> moved = OrderMoves.moved(oldOrder, pairs);

    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!oldMatched[i]) {
        Task t = before.get(i);
        changes.add(
            Change.of(Change.Kind.REMOVED, List.of(TASKS, t.name()), Deltas.amount(t.funds()), ""));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      Task b = after.get(j);
      if (matchOf[j] == null) {
        changes.add(
            Change.of(Change.Kind.ADDED, List.of(TASKS, b.name()), "", Deltas.amount(b.funds())));
        continue;
      }
      Task a = before.get(matchOf[j]);
      if (!Objects.equals(a.name(), b.name())) {
        changes.add(Change.of(Change.Kind.RENAMED, List.of(TASKS, a.name()), a.name(), b.name()));
      }
      Pair p = new Pair(matchOf[j], j);
      if (moved.contains(p)) {
        changes.add(
            Change.of(
                Change.Kind.MOVED,
                List.of(TASKS, b.name()),
                String.valueOf(p.before + 1),
                String.valueOf(p.after + 1)));
      }
      DeclarationDiff.amount(
          changes, List.of(TASKS, b.name(), TASK_FUNDS), a.funds(), b.funds(), false);
      DeclarationDiff.text(
          changes, List.of(TASKS, b.name(), TASK_CONTENT), a.content(), b.content());
      DeclarationDiff.text(
          changes,
          List.of(TASKS, b.name(), TASK_OUTCOME),
          a.expectedOutcome(),
          b.expectedOutcome());
    }
    Amount totalA = Amount.sum(before.stream().map(Task::funds).toArray(Amount[]::new));
    Amount totalB = Amount.sum(after.stream().map(Task::funds).toArray(Amount[]::new));
    DeclarationDiff.amount(changes, List.of(TASKS, TASK_FUNDS + TOTAL), totalA, totalB, true);
    return changes;
  }

  /** For each new task, the position of its old self, or null for a new one. */
  private static Integer[] match(List<Task> before, List<Task> after) {
    Integer[] matchOf = new Integer[after.size()];
    boolean[] taken = new boolean[before.size()];
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      byName.computeIfAbsent(before.get(i).name(), k -> new ArrayList<>()).add(i);
    }
    for (int j = 0; j < after.size(); j++) {
      List<Integer> same = byName.getOrDefault(after.get(j).name(), List.of());
      for (int i : same) {
        if (!taken[i]) {
          matchOf[j] = i;
          taken[i] = true;
          break;
        }
      }
    }
    for (int j = 0; j < after.size(); j++) {
      for (int i = 0; matchOf[j] == null && i < before.size(); i++) {
        if (!taken[i] && sameContent(before.get(i), after.get(j))) {
          matchOf[j] = i;
          taken[i] = true;
        }
      }
    }
    return matchOf;
  }

  private static boolean sameContent(Task a, Task b) {
    return Objects.equals(a.content(), b.content())
        && DeclarationDiff.sameAmount(a.funds(), b.funds())
        && Objects.equals(a.expectedOutcome(), b.expectedOutcome());
  }
}
