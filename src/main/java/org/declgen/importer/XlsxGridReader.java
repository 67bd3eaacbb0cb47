package org.declgen.importer;

import static org.declgen.importer.ImportLimits.MAX_CELL_CHARS;
import static org.declgen.importer.ImportLimits.MAX_COLUMNS;
import static org.declgen.importer.ImportLimits.MAX_CONTENT_XML_BYTES;
import static org.declgen.importer.ImportLimits.MAX_ROWS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Every sheet of a workbook that holds any text, in the workbook's order, each as a grid: merged
 * regions resolved, numbers shown as their format shows them ({@code 1} with {@code 0%} → {@code
 * 100%}), formulas by their cached value (never recalculated). Positions are the sheet's name and
 * its own row numbers and column letters. A cell whose text cannot be read (a shared string that is
 * not there) refuses the whole file, with the cell's position, rather than being left out; text
 * beyond {@link ImportLimits} likewise. POI parses every part of the workbook, so every XML part is
 * checked by {@link SafeXml} first.
 */
final class XlsxGridReader {
  private final DataFormatter formatter = new DataFormatter(Locale.US);
  private final int sharedStrings;

  /** A sheet that holds text, by its name. */
  record SheetGrid(String name, Grid grid) {}

  private XlsxGridReader(XSSFWorkbook book) {
    SharedStringsTable strings = book.getSharedStringSource();
    this.sharedStrings = strings == null ? 0 : strings.getUniqueCount();
  }

  static List<SheetGrid> read(byte[] xlsx, PackageEntries entries) {
    long content = entries.sizeUnder("xl/worksheets/", "xl/sharedstrings");
    if (content > MAX_CONTENT_XML_BYTES) {
      throw new SourceRefused(
          "import.xlsx.content-too-large", content >> 20, MAX_CONTENT_XML_BYTES >> 20);
    }
    entries.checkAllXml();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XlsxGridReader reader = new XlsxGridReader(book);
      List<SheetGrid> sheets = new ArrayList<>();
      for (Sheet sheet : book) {
        Map<Long, String> texts = reader.texts(sheet);
        if (!texts.isEmpty()) {
          sheets.add(new SheetGrid(sheet.getSheetName(), reader.grid(sheet, texts)));
        }
      }
      return sheets;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SourceRefused refused) {
        throw refused;
      }
      throw new SourceRefused("import.xlsx-unreadable");
    }
  }

  /** Every cell with text, keyed by {@link #key}; refuses text outside the limits. */
  private Map<Long, String> texts(Sheet sheet) {
    Map<Long, String> texts = new HashMap<>();
    for (Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        String text = text(cell);
        if (text.isBlank()) {
          continue;
        }
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        if (r >= MAX_ROWS) {
          throw new SourceRefused("import.xlsx.beyond-rows", where(sheet, r, c), MAX_ROWS);
        }
        if (c >= MAX_COLUMNS) {
          throw new SourceRefused(
              "import.too-many-columns", where(sheet, r, c), c + 1, MAX_COLUMNS);
        }
        if (text.length() > MAX_CELL_CHARS) {
          throw new SourceRefused("import.cell-too-long", where(sheet, r, c), MAX_CELL_CHARS);
        }
        texts.put(key(r, c), text);
      }
    }
    return texts;
  }

  private Grid grid(Sheet sheet, Map<Long, String> texts) {
    int height = 0;
    int width = 0;
    for (long k : texts.keySet()) {
      height = Math.max(height, (int) (k >> 32) + 1);
      width = Math.max(width, (int) k + 1);
    }
    Cell[][] cells = new Cell[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        cells[r][c] =
            new Cell(texts.getOrDefault(key(r, c), ""), null, r + 1, c + 1, sheet.getSheetName());
      }
    }
    for (CellRangeAddress merge : sheet.getMergedRegions()) {
      spread(cells, merge);
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Cell[] row : cells) {
      rows.add(List.of(row));
    }
    return new Grid(Grid.Kind.XLSX, rows, List.of());
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }

  private static SourceRefused.Text where(Sheet sheet, int row, int column) {
    return Cell.where(Grid.Kind.XLSX, sheet.getSheetName(), row + 1, column + 1);
  }

  private static void spread(Cell[][] cells, CellRangeAddress merge) {
    int top = merge.getFirstRow();
    int left = merge.getFirstColumn();
    if (top < 0 || left < 0 || top >= cells.length || left >= cells[0].length) {
      return;
    }
    Cell anchor = cells[top][left];
    for (int r = top; r <= Math.min(merge.getLastRow(), cells.length - 1); r++) {
      for (int c = left; c <= Math.min(merge.getLastColumn(), cells[r].length - 1); c++) {
        cells[r][c] = anchor;
      }
    }
  }

  private String text(org.apache.poi.ss.usermodel.Cell cell) {
    if (cell.getCellType() == CellType.STRING) {
      requireSharedString(cell);
    }
    if (cell.getCellType() != CellType.FORMULA) {
      return formatter.formatCellValue(cell);
    }
    requireCachedValue(cell);
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC ->
          formatter.formatRawCellContents(
              cell.getNumericCellValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  /**
   * A formula is read by the value last calculated, which the file keeps beside it; a file written
   * by a program that does not calculate has none, and POI would read it as 0. An error value
   * (#DIV/0!, #REF!) is no amount either.
   */
  private static void requireCachedValue(org.apache.poi.ss.usermodel.Cell cell) {
    if (!(cell instanceof XSSFCell x)) {
      return;
    }
    SourceRefused.Text where = where(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex());
    if (!x.getCTCell().isSetV()) {
      throw new SourceRefused("import.xlsx.formula-without-value", where, x.getCellFormula());
    }
    if (x.getCTCell().getT() == STCellType.E) {
      throw new SourceRefused(
          "import.xlsx.formula-error", where, x.getCellFormula(), x.getCTCell().getV());
    }
  }

  /** A cell that names a shared string the file does not have is damage, not a blank. */
  private void requireSharedString(org.apache.poi.ss.usermodel.Cell cell) {
    if (!(cell instanceof XSSFCell x) || x.getCTCell().getT() != STCellType.S) {
      return;
    }
    CTCell ct = x.getCTCell();
    int index;
    try {
      index = Integer.parseInt(String.valueOf(ct.getV()).strip());
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 0 || index >= sharedStrings) {
      throw new SourceRefused(
          "import.xlsx.missing-string",
          where(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex()),
          String.valueOf(ct.getV()),
          sharedStrings);
    }
  }
}
