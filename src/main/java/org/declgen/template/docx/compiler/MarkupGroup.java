package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.List;
import org.declgen.template.markup.MarkupToken;

/**
 * A directive with its middle tags and closing tag, or a single self-contained tag.
 *
 * @param close the closing tag, or null for a self-contained tag
 */
record MarkupGroup(Located open, List<Located> middles, Located close) {
  /** A token and the paragraph it was typed in. */
  record Located(MarkupToken token, ParagraphText paragraph, String where) {}

  MarkupGroup {
    middles = List.copyOf(middles);
  }

  /** A tag that stands alone. */
  static MarkupGroup single(Located tag) {
    return new MarkupGroup(tag, List.of(), null);
  }

  List<Located> all() {
    List<Located> all = new ArrayList<>();
    all.add(open);
    all.addAll(middles);
    if (close != null) {
      all.add(close);
    }
    return all;
  }

  boolean inOneParagraph() {
    return all().stream().allMatch(l -> l.paragraph() == open.paragraph());
  }
}
