package org.declgen.template.docx.compiler;

import java.util.List;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.layout.BlockPlace;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a {@link BlockStyle} from a template paragraph and the run that held its value. */
final class BlockStyles {
  /** Run properties that must come before {@code w:b} / {@code w:i} in a {@code w:rPr}. */
  private static final List<String> BEFORE_BOLD = List.of("rStyle", "rFonts");

  private static final List<String> BEFORE_ITALIC = List.of("rStyle", "rFonts", "b", "bCs");

  private BlockStyles() {}

  /** The look of a paragraph; {@code place} is where it is set, or null. */
  static BlockStyle of(Element paragraph, Element run, BlockPlace place) {
    Element pPr = WordXml.firstChild(paragraph, "pPr");
    Element rPr = run == null ? null : WordXml.firstChild(run, "rPr");
    return new BlockStyle(
        fragment(pPr),
        fragment(rPr),
        fragment(withFlags(paragraph, rPr, true, false)),
        fragment(withFlags(paragraph, rPr, false, true)),
        fragment(withFlags(paragraph, rPr, true, true)),
        place);
  }

  private static Element withFlags(Element context, Element rPr, boolean bold, boolean italic) {
    Element copy =
        rPr == null
            ? WordXml.create(context.getOwnerDocument(), "rPr")
            : (Element) rPr.cloneNode(true);
    if (bold) {
      ensure(copy, "bCs", BEFORE_BOLD);
      ensure(copy, "b", BEFORE_BOLD);
    }
    if (italic) {
      ensure(copy, "iCs", BEFORE_ITALIC);
      ensure(copy, "i", BEFORE_ITALIC);
    }
    return copy;
  }

  /** Adds an empty flag element at its schema position unless the run already has one. */
  private static void ensure(Element rPr, String name, List<String> predecessors) {
    Element existing = WordXml.firstChild(rPr, name);
    if (existing != null) {
      existing.removeAttributeNS(WordXml.W, "val");
      return;
    }
    Node anchor = rPr.getFirstChild();
    while (anchor != null
        && anchor instanceof Element e
        && predecessors.contains(e.getLocalName())) {
      anchor = anchor.getNextSibling();
    }
    rPr.insertBefore(WordXml.create(rPr.getOwnerDocument(), name), anchor);
  }

  /** The element as XML text, relying on the namespace declarations of the document root. */
  private static String fragment(Element element) {
    if (element == null) {
      return "";
    }
    return WordXml.serialize(element, false).replaceAll(" xmlns:[A-Za-z0-9]+=\"[^\"]*\"", "");
  }
}
