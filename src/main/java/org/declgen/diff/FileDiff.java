package org.declgen.diff;

import java.util.List;

/**
 * The changes of one declaration file.
 *
 * @param before how the old side was named ({@code HEAD~1:data/x.yaml}), or null if it is new
 * @param after how the new side was named, or null if the file was deleted
 * @param changes the changes, in the form's order; empty for an added or deleted file
 * @param renamedFrom the file's former path when git found it renamed, else null
 */
public record FileDiff(String before, String after, List<Change> changes, String renamedFrom) {
  public FileDiff {
    changes = List.copyOf(changes);
  }

  public FileDiff(String before, String after, List<Change> changes) {
    this(before, after, changes, null);
  }

  public boolean isRenamed() {
    return renamedFrom != null;
  }

  public boolean isAdded() {
    return before == null;
  }

  public boolean isDeleted() {
    return after == null;
  }

  /** Both versions alike, under the same name. */
  public boolean isEqual() {
    return before != null && after != null && changes.isEmpty() && !isRenamed();
  }
}
