package org.declgen.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.declgen.diff.Change.SentenceEdit;
import org.declgen.model.Sentences;

/** The sentences removed and added between two versions of a long text (Myers diff). */
final class SentenceDiff {
  private SentenceDiff() {}

  static List<SentenceEdit> edits(String before, String after) {
    List<String> a = Sentences.split(before);
    List<String> b = Sentences.split(after);
    List<SentenceEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      for (String s : d.getSource().getLines()) {
        edits.add(new SentenceEdit(false, s));
      }
      for (String s : d.getTarget().getLines()) {
        edits.add(new SentenceEdit(true, s));
      }
    }
    return edits;
  }
}
