package org.declgen.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diff.Change.SentenceEdit;
import org.declgen.model.Sentences;

/**
 * The sentences removed and added between two versions of a long text. The sentences both versions
 * begin and end with are set aside first; what is left between is compared with Myers' diff when it
 * is of a size a person writes, or else listed as removed and added whole, so that no text makes
 * the comparison take longer than linear time.
 */
final class SentenceDiff {
  /** The most sentences on either side of the changed middle that Myers' diff compares. */
  static final int MAX_COMPARED = 2_000;

  private SentenceDiff() {}

  static List<SentenceEdit> edits(String before, String after) {
    List<String> a = Sentences.split(before);
    List<String> b = Sentences.split(after);
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> oldMiddle = a.subList(head, a.size() - tail);
    List<String> newMiddle = b.subList(head, b.size() - tail);
    if (oldMiddle.size() > MAX_COMPARED || newMiddle.size() > MAX_COMPARED) {
      return whole(oldMiddle, newMiddle);
    }
    List<SentenceEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(oldMiddle, newMiddle).getDeltas()) {
      List<String> removed = d.getSource().getLines();
      List<String> added = d.getTarget().getLines();
      if (removed.size() == added.size()) {
        // sentence for sentence: each old one just before the new one it became
        for (int i = 0; i < removed.size(); i++) {
          edits.add(new SentenceEdit(false, removed.get(i)));
          edits.add(new SentenceEdit(true, added.get(i)));
        }
        continue;
      }
      removed.forEach(s -> edits.add(new SentenceEdit(false, s)));
      added.forEach(s -> edits.add(new SentenceEdit(true, s)));
    }
    return edits;
  }

  private static List<SentenceEdit> whole(List<String> removed, List<String> added) {
    List<SentenceEdit> edits = new ArrayList<>();
    removed.forEach(s -> edits.add(new SentenceEdit(false, s)));
    added.forEach(s -> edits.add(new SentenceEdit(true, s)));
    return edits;
  }
}
