package org.declgen.render.docx.pages;

import org.declgen.template.docx.layout.RowLayout;

/**
 * A table row as printed and measured, waiting to be placed.
 *
 * @param index its position in the template's table, from 0
 * @param layout the template row it was printed from
 * @param xml its WordprocessingML; may be the runtime's capture buffer until {@link #kept}, as its
 *     arrays may be reused for the next row
 * @param parts how each cell takes part in a vertical merge
 * @param content each cell's height: its text and its top and bottom margins
 * @param flows for each cell, whether it holds a long text (split, not repeated, across pages)
 * @param height the row's own height (without labels taller than their rows), its rule included
 * @param columns each cell's first grid column
 * @param spans how many grid columns each cell covers
 */
record PrintedRow(
    int index,
    RowLayout layout,
    CharSequence xml,
    MergeGroups.Part[] parts,
    double[] content,
    boolean[] flows,
    double height,
    int[] columns,
    int[] spans) {

  /** The row with its XML copied, to keep while the capture buffer takes the next row. */
  PrintedRow kept() {
    return new PrintedRow(
        index,
        layout,
        xml.toString(),
        parts.clone(),
        content.clone(),
        flows.clone(),
        height,
        columns,
        spans);
  }

  /** The row with its XML, once it is known where the row is placed. */
  PrintedRow withXml(CharSequence newXml) {
    return new PrintedRow(index, layout, newXml, parts, content, flows, height, columns, spans);
  }

  PrintedRow withParts(MergeGroups.Part[] newParts, double newHeight) {
    return new PrintedRow(index, layout, xml, newParts, content, flows, newHeight, columns, spans);
  }

  PrintedRow withXml(String newXml, double[] newContent, double newHeight) {
    return new PrintedRow(
        index, layout, newXml, parts, newContent, flows, newHeight, columns, spans);
  }

  /** The height a cell needs as a label: its content and the rule under its last row. */
  double labelHeight(int cell) {
    return content[cell] + layout.rule();
  }
}
