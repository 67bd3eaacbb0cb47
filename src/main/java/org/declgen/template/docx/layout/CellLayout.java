package org.declgen.template.docx.layout;

/**
 * One cell of a template row as the page layout sees it.
 *
 * @param column the first grid column it covers
 * @param span how many grid columns it covers
 * @param width the width its paragraphs are set in, in points (the cell less its left and right
 *     margins)
 * @param margins its top and bottom margins together, in points
 * @param merge how it takes part in a vertical merge
 * @param fixedHeight the height of the paragraphs the template itself holds in it (static text);
 *     values printed into it add to this as they are printed
 * @param look the look of its paragraphs (the largest, when they differ)
 * @param scanned whether its text is only known from the printed cell (markup inside paragraphs, or
 *     directives between them), so the renderer reads it back from the row
 */
public record CellLayout(
    int column,
    int span,
    double width,
    double margins,
    Merge merge,
    double fixedHeight,
    TextLook look,
    boolean scanned) {}
