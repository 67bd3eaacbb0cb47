package org.declgen.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws small A4 PDFs of ruled cells with lines of text, the way an office suite prints a table,
 * for testing the print checks without an office suite. Coordinates are points from the top left.
 */
final class PdfSketch {
  private static final float SIZE = 10;
  private static final float LEADING = 14;

  /** A cell: its frame and its lines of text, top to bottom. */
  record Cell(float left, float top, float width, float height, List<String> lines) {}

  private final List<List<Cell>> pages = new ArrayList<>();

  PdfSketch page(Cell... cells) {
    pages.add(List.of(cells));
    return this;
  }

  static Cell cell(float left, float top, float width, float height, String... lines) {
    return new Cell(left, top, width, height, List.of(lines));
  }

  byte[] pdf() {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<Cell> cells : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          out.setLineWidth(0.5f);
          for (Cell c : cells) {
            frame(out, height, c);
            text(out, font, height, c);
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void frame(PDPageContentStream out, float pageHeight, Cell c) throws IOException {
    float top = pageHeight - c.top();
    float bottom = top - c.height();
    float right = c.left() + c.width();
    out.moveTo(c.left(), top);
    out.lineTo(right, top);
    out.lineTo(right, bottom);
    out.lineTo(c.left(), bottom);
    out.lineTo(c.left(), top);
    out.stroke();
  }

  private static void text(PDPageContentStream out, PDType1Font font, float pageHeight, Cell c)
      throws IOException {
    float baseline = pageHeight - c.top() - LEADING;
    for (String line : c.lines()) {
      out.beginText();
      out.setFont(font, SIZE);
      out.newLineAtOffset(c.left() + 4, baseline);
      out.showText(line);
      out.endText();
      baseline -= LEADING;
    }
  }
}
