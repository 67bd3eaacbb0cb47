package org.declgen.template.docx.layout;

/**
 * A paragraph of the body (not in a table) as the page layout sees it.
 *
 * @param look how it sets its text, in the width of the page's text block
 * @param height its height when the template holds all of its text; unused when {@code scanned}
 * @param scanned whether it holds markup, so its text is only known once printed
 * @param startsPage whether it starts a new page (a page break before it or in it)
 */
public record BodyParagraph(TextLook look, double height, boolean scanned, boolean startsPage) {}
