package org.declgen.template.docx.compiler;

import java.util.List;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.SourceMap;
import org.declgen.template.docx.TemplateUsage;
import org.declgen.template.docx.layout.PrintLayout;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.declgen.template.markup.TypedMarkup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Compiling the main document of a Word template: editor noise removed, markup found and paired
 * ({@link MarkupScan}), placed ({@link MarkupPlacement}), and the document serialised with the
 * FreeMarker source in place of the markers.
 *
 * @param ftl the FreeMarker source of the main document part
 * @param sourceMap where each piece of {@code ftl} was typed
 * @param blockStyles the looks of paragraphs that hold a single value, by index
 * @param usage the markup that made it into the source, in the order it was found
 * @param markup every piece of markup as typed (comments aside), for the template contract
 * @param layout the print layout, or null when pages are left to the office suite
 */
record MarkupCompilation(
    String ftl,
    SourceMap sourceMap,
    List<BlockStyle> blockStyles,
    List<TemplateUsage.Entry> usage,
    List<TypedMarkup> markup,
    PrintLayout layout) {

  MarkupCompilation {
    blockStyles = List.copyOf(blockStyles);
    usage = List.copyOf(usage);
    markup = List.copyOf(markup);
  }

  /**
   * Compiles the document; the DOM is consumed (changed in place).
   *
   * @param styles the template's styles, when the renderer is to decide pages; else null
   */
  static MarkupCompilation of(
      Document document,
      FreemarkerConfig freemarker,
      Messages messages,
      String name,
      StyleSheet styles)
      throws DiagnosticException {
    removeEditorNoise(document);
    TemplateLocations locations = new TemplateLocations(document, messages);
    MarkupScan.Found found = MarkupScan.scan(document, locations, freemarker, messages, name);
    TemplateSnippets snippets = new TemplateSnippets();
    MarkupPlacement.Placed placed =
        MarkupPlacement.place(document, found, snippets, messages, name, styles);
    TemplateSnippets.Assembled assembled = snippets.assemble(WordXml.serialize(document, true));
    return new MarkupCompilation(
        assembled.ftl(),
        assembled.sourceMap(),
        placed.blockStyles(),
        snippets.usage(),
        found.markup(),
        placed.layout());
  }

  private static void removeEditorNoise(Document document) {
    for (String noise : new String[] {"proofErr", "lastRenderedPageBreak"}) {
      for (Element e : WordXml.descendants(document, noise)) {
        e.getParentNode().removeChild(e);
      }
    }
  }
}
