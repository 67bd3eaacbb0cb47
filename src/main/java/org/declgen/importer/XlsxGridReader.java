package org.declgen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first non-empty sheet of a workbook as a grid: merged regions resolved, numbers shown as
 * their format shows them ({@code 1} with {@code 0%} → {@code 100%}), formulas by their cached
 * value (never recalculated). Positions are the sheet's own row numbers and column letters.
 */
final class XlsxGridReader {
  private static final int MAX_ROWS = 2_000;
  private static final int MAX_COLUMNS = 64;

  private final DataFormatter formatter = new DataFormatter(Locale.US);

  private XlsxGridReader() {}

  static Grid read(byte[] xlsx) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int i = 0; i < book.getNumberOfSheets(); i++) {
        Sheet sheet = book.getSheetAt(i);
        if (sheet.getPhysicalNumberOfRows() > 0) {
          return new XlsxGridReader().sheet(sheet);
        }
      }
      return new Grid(Grid.Kind.XLSX, List.of(), List.of());
    }
  }

  private Grid sheet(Sheet sheet) {
    int height = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
    int width = 0;
    for (int r = 0; r < height; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
      }
    }
    Cell[][] cells = new Cell[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        cells[r][c] = new Cell(text(sheet.getRow(r), c), r + 1, c + 1);
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

  private static void spread(Cell[][] cells, CellRangeAddress merge) {
    int top = merge.getFirstRow();
    int left = merge.getFirstColumn();
    if (top >= cells.length || left >= (cells.length == 0 ? 0 : cells[0].length)) {
      return;
    }
    Cell anchor = cells[top][left];
    for (int r = top; r <= Math.min(merge.getLastRow(), cells.length - 1); r++) {
      for (int c = left; c <= Math.min(merge.getLastColumn(), cells[r].length - 1); c++) {
        cells[r][c] = anchor;
      }
    }
  }

  private String text(Row row, int column) {
    if (row == null) {
      return "";
    }
    org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() != CellType.FORMULA) {
      return formatter.formatCellValue(cell);
    }
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
}
