package org.declgen.template.docx;

import java.util.List;
import java.util.Set;
import org.declgen.template.docx.layout.PrintLayout;

/**
 * Everything compiling a Word template gives except FreeMarker's parse of the source: what the
 * on-disk cache keeps.
 *
 * @param ftl the FreeMarker source of the main document part
 * @param sourceMap where each piece of {@code ftl} was typed
 * @param blockStyles the looks of paragraphs that hold a single value, by index
 * @param usage the markup the template uses and the view paths it reads
 * @param skeleton the rest of the output package, prepared from the template's own
 * @param layout the print layout the renderer decides pages with; null when the template leaves
 *     pages to the office suite
 */
public record DocxSource(
    String ftl,
    SourceMap sourceMap,
    List<BlockStyle> blockStyles,
    TemplateUsage usage,
    PackageSkeleton skeleton,
    PrintLayout layout) {
  public DocxSource {
    blockStyles = List.copyOf(blockStyles);
  }

  /** The same template, reading the given view paths (known once the contract is checked). */
  public DocxSource withUsedPaths(Set<String> paths) {
    return new DocxSource(
        ftl, sourceMap, blockStyles, usage.withUsedPaths(paths), skeleton, layout);
  }
}
