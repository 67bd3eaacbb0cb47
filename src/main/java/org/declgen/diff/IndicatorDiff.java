package org.declgen.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.declgen.form.IndicatorTreeField;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;

/**
 * 绩效指标: indicators are keyed by 一级 › 二级 › 三级; one whose 三级 name now stands under another 二级 moved
 * there; within one 二级, indicators out of their old order moved too.
 */
final class IndicatorDiff {
  static final String SEPARATOR = " › ";

  /** One 三级 with where it stands: its group and its position in the group. */
  private record Entry(String level1, String level2, int position, Indicator indicator) {
    String group() {
      return level1 + SEPARATOR + level2;
    }
  }

  private final List<String> path;
  private final IndicatorTreeField.Columns columns;

  /**
   * @param path the tree's path ({@code [绩效指标]})
   * @param columns the names of the value columns
   */
  IndicatorDiff(List<String> path, IndicatorTreeField.Columns columns) {
    this.path = List.copyOf(path);
    this.columns = columns;
  }

  /** Where an indicator's changes are listed: below its 三级 name, {@code ""} when it has none. */
  private List<String> path(Entry e) {
    String name = e.indicator().name();
    return FormDiff.append(path, e.level1(), e.level2(), name == null ? "" : name);
  }

  List<Change> compare(List<IndicatorCategory> before, List<IndicatorCategory> after) {
    List<Entry> a = entries(before);
    List<Entry> b = entries(after);
    Entry[] matchOf = match(a, b);
    Set<Entry> matchedOld = new HashSet<>();
    for (Entry e : matchOf) {
      if (e != null) {
        matchedOld.add(e);
      }
    }
    Set<Entry> reordered = reordered(b, matchOf);

    List<Change> changes = new ArrayList<>();
    groups(changes, before, after);
    for (Entry e : a) {
      if (!matchedOld.contains(e)) {
        changes.add(Change.of(Change.Kind.REMOVED, path(e), value(e.indicator), ""));
      }
    }
    for (int j = 0; j < b.size(); j++) {
      Entry n = b.get(j);
      Entry o = matchOf[j];
      if (o == null) {
        changes.add(Change.of(Change.Kind.ADDED, path(n), "", value(n.indicator)));
        continue;
      }
      if (!o.group().equals(n.group())) {
        changes.add(Change.of(Change.Kind.MOVED, path(n), o.group(), n.group()));
      } else if (reordered.contains(n)) {
        changes.add(
            Change.of(
                Change.Kind.MOVED,
                path(n),
                String.valueOf(o.position + 1),
                String.valueOf(n.position + 1)));
      }
      values(changes, path(n), o.indicator, n.indicator);
    }
    return changes;
  }

  private static List<Entry> entries(List<IndicatorCategory> categories) {
    List<Entry> entries = new ArrayList<>();
    for (IndicatorCategory c : categories) {
      for (IndicatorSubcategory s : c.subcategories()) {
        for (int i = 0; i < s.indicators().size(); i++) {
          entries.add(new Entry(c.label(), s.label(), i, s.indicators().get(i)));
        }
      }
    }
    return entries;
  }

  /** An indicator's place by 一级 › 二级 › 三级 (the name may be missing). */
  private record Key(String level1, String level2, String name) {
    static Key of(Entry e) {
      return new Key(e.level1(), e.level2(), e.indicator().name());
    }
  }

  /** An indicator with its group: the same row, name and values alike. */
  private record Whole(String level1, String level2, Indicator indicator) {
    static Whole of(Entry e) {
      return new Whole(e.level1(), e.level2(), e.indicator());
    }
  }

  /**
   * For each new entry its old self: an identical one in the same 二级 first, then the same 一级 › 二级 ›
   * 三级, then an identical one elsewhere, then the same 三级 elsewhere. An indicator inserted next to
   * another of its name is thus an addition, and two of one name swapped are a move. Entries are
   * grouped by key first, so thousands of indicators are matched in linear time.
   */
  private static Entry[] match(List<Entry> a, List<Entry> b) {
    Integer[] positions = new Integer[b.size()];
    boolean[] taken = new boolean[a.size()];
    matchBy(positions, taken, a, b, Whole::of);
    matchBy(positions, taken, a, b, Key::of);
    matchBy(positions, taken, a, b, Entry::indicator);
    matchBy(positions, taken, a, b, e -> e.indicator().name());
    Entry[] matchOf = new Entry[b.size()];
    for (int j = 0; j < b.size(); j++) {
      matchOf[j] = entry(a, positions[j]);
    }
    return matchOf;
  }

  private static <K> void matchBy(
      Integer[] positions, boolean[] taken, List<Entry> a, List<Entry> b, Function<Entry, K> key) {
    Candidates.matchRemaining(positions, taken, i -> key.apply(a.get(i)), j -> key.apply(b.get(j)));
  }

  private static Entry entry(List<Entry> entries, Integer position) {
    return position == null ? null : entries.get(position);
  }

  /** New entries that stay in their 二级 but left their old order there. */
  private static Set<Entry> reordered(List<Entry> b, Entry[] matchOf) {
    Map<String, List<Integer>> byGroup = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (matchOf[j] != null && matchOf[j].group().equals(b.get(j).group())) {
        byGroup.computeIfAbsent(b.get(j).group(), k -> new ArrayList<>()).add(j);
      }
    }
    Set<Entry> moved = new HashSet<>();
    for (List<Integer> news : byGroup.values()) {
      List<Integer> olds =
          news.stream()
              .sorted((x, y) -> Integer.compare(matchOf[x].position, matchOf[y].position))
              .toList();
      for (int j : OrderMoves.moved(olds, news)) {
        moved.add(b.get(j));
      }
    }
    return moved;
  }

  /** 一级 and 二级 groups that appear or disappear (an empty 二级 still prints a row). */
  private void groups(
      List<Change> changes, List<IndicatorCategory> before, List<IndicatorCategory> after) {
    Set<List<String>> a = groupPaths(before);
    Set<List<String>> b = groupPaths(after);
    for (List<String> p : a) {
      if (!b.contains(p)) {
        changes.add(Change.of(Change.Kind.REMOVED, p, "", ""));
      }
    }
    for (List<String> p : b) {
      if (!a.contains(p)) {
        changes.add(Change.of(Change.Kind.ADDED, p, "", ""));
      }
    }
  }

  private Set<List<String>> groupPaths(List<IndicatorCategory> categories) {
    Set<List<String>> paths = new LinkedHashSet<>();
    for (IndicatorCategory c : categories) {
      paths.add(FormDiff.append(path, c.label()));
      for (IndicatorSubcategory s : c.subcategories()) {
        paths.add(FormDiff.append(path, c.label(), s.label()));
      }
    }
    return paths;
  }

  /** One change when both sides state one value; otherwise one per column that changed. */
  private void values(List<Change> changes, List<String> at, Indicator a, Indicator b) {
    if (a.hasSingleValue() && b.hasSingleValue()) {
      value(changes, at, a.annualValue(), b.annualValue());
      return;
    }
    value(changes, FormDiff.append(at, columns.periodValue()), a.periodValue(), b.periodValue());
    value(changes, FormDiff.append(at, columns.annualValue()), a.annualValue(), b.annualValue());
  }

  private static void value(List<Change> changes, List<String> at, String a, String b) {
    if (!Objects.equals(a, b)) {
      changes.add(Change.changed(at, a, b, IndicatorValue.delta(a, b).orElse(""), false));
    }
  }

  /** An indicator's value as one text: {@code ≥800RPS}, or {@code 实施周期 / 年度} when they differ. */
  private static String value(Indicator i) {
    String p = i.periodValue() == null ? "" : i.periodValue();
    String y = i.annualValue() == null ? "" : i.annualValue();
    return i.hasSingleValue() ? y : p + " / " + y;
  }
}
