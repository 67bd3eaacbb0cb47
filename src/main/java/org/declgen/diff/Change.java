package org.declgen.diff;

import java.util.List;
import java.util.Objects;

/**
 * One change between two declarations, named by the form's labels.
 *
 * @param kind what happened
 * @param path labels from the section down: {@code [预算整体情况, 部门预算支出, 项目支出]}, {@code [年度重点工作任务, <名称>,
 *     拟投入的资金]}, {@code [绩效指标, 产出指标, 质量指标, <三级指标>]}
 * @param before the old value as printed on the form ({@code ""} when blank or not applicable); for
 *     a move, where it stood
 * @param after the new value, or where it stands now
 * @param delta the signed numeric change ({@code +425.52}, {@code +5,200件}), or {@code ""}
 * @param derived true for totals the form computes (合计), not typed by the filer
 * @param sentences for {@link Kind#TEXT}: the sentences removed and added
 */
public record Change(
    Kind kind,
    List<String> path,
    String before,
    String after,
    String delta,
    boolean derived,
    List<SentenceEdit> sentences) {

  /** What happened to the thing at {@link #path}. */
  public enum Kind {
    /** A value changed. */
    CHANGED,
    /** A long text changed; see {@link #sentences}. */
    TEXT,
    ADDED,
    REMOVED,
    /**
     * A task got a new 名称 with the same content; {@code before} and {@code after} are the names.
     */
    RENAMED,
    /** A task moved in the list (positions from 1), or an indicator moved to another 二级. */
    MOVED
  }

  /** A removed or added sentence of a long text. */
  public record SentenceEdit(boolean added, String sentence) {}

  public Change {
    Objects.requireNonNull(kind);
    path = List.copyOf(path);
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    delta = delta == null ? "" : delta;
    sentences = List.copyOf(sentences);
  }

  static Change changed(
      List<String> path, String before, String after, String delta, boolean derived) {
    return new Change(Kind.CHANGED, path, before, after, delta, derived, List.of());
  }

  static Change of(Kind kind, List<String> path, String before, String after) {
    return new Change(kind, path, before, after, "", false, List.of());
  }

  /** The top-level label this change belongs to: 预算整体情况, 绩效指标, … */
  public String section() {
    return path.get(0);
  }
}
