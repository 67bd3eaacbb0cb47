package org.declgen.template.docx;

import freemarker.template.Template;
import java.util.List;
import org.declgen.template.docx.layout.PrintLayout;

/**
 * A Word template ready to render: FreeMarker over the main document part, the rest of the output
 * package, the styles of paragraphs that hold one value each, and the print layout the renderer
 * decides the pages with.
 *
 * @param layout the page, tables and looks read from the template; null when the template leaves
 *     pages to the office suite
 */
public record CompiledDocx(
    String name,
    Template document,
    PackageSkeleton skeleton,
    List<BlockStyle> blockStyles,
    TemplateErrors errors,
    TemplateUsage usage,
    PrintLayout layout) {

  public CompiledDocx {
    blockStyles = List.copyOf(blockStyles);
  }

  /** The same template, with what the contract check found it uses. */
  public CompiledDocx withUsage(TemplateUsage newUsage) {
    return new CompiledDocx(name, document, skeleton, blockStyles, errors, newUsage, layout);
  }
}
