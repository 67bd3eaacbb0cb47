package org.declgen.template.docx.compiler;

import java.util.ArrayList;
import java.util.List;
import org.declgen.template.markup.MarkupToken;

/** A directive with its middle tags and closing tag, or a single self-contained tag. */
final class MarkupGroup {
  /** A token and the paragraph it was typed in. */
  record Located(MarkupToken token, ParagraphText paragraph, String where) {}

  final Located open;
  final List<Located> middles = new ArrayList<>();
  Located close;

  MarkupGroup(Located open) {
    this.open = open;
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
