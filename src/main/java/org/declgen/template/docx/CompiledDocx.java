package org.declgen.template.docx;

import freemarker.template.Template;
import java.util.List;

/**
 * A Word template ready to render: FreeMarker over the main document part, the rest of the output
 * package, and the styles of paragraphs that hold one value each.
 */
public record CompiledDocx(
    String name,
    Template document,
    PackageSkeleton skeleton,
    List<BlockStyle> blockStyles,
    TemplateErrors errors,
    TemplateUsage usage) {

  public CompiledDocx {
    blockStyles = List.copyOf(blockStyles);
  }

  /** The same template, with what the contract check found it uses. */
  public CompiledDocx withUsage(TemplateUsage newUsage) {
    return new CompiledDocx(name, document, skeleton, blockStyles, errors, newUsage);
  }
}
