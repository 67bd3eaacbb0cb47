package org.declgen.importer;

import static org.declgen.importer.ImportLimits.MAX_CELL_CHARS;
import static org.declgen.importer.ImportLimits.MAX_COLUMNS;
import static org.declgen.importer.ImportLimits.MAX_ROWS;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown pipe tables (as document converters write them) as one grid, tables one after another;
 * lines outside tables become outside texts. Positions are the file's line numbers. Pipe tables
 * cannot merge cells, so every cell is its own.
 *
 * <p>A table is a run of lines that start with {@code |} and include a separator line ({@code
 * |---|:--:|}). Cells are split at pipes not escaped with a backslash; in a cell, {@code <br>} is a
 * line break, backslash escapes and the common HTML entities are undone and {@code **}/{@code __}
 * marks dropped. Everything is read in one pass over the text, with no regular expressions, so time
 * is linear in the input however it is built.
 */
final class MarkdownGridReader {
  private final List<String> lines;
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Cell> outside = new ArrayList<>();
  private final List<ConverterRepair.Note> notes = new ArrayList<>();

  /** The grid, and the rows aligned to their table's header. */
  record Read(Grid grid, List<ConverterRepair.Note> notes) {}

  private MarkdownGridReader(String markdown) {
    this.lines = splitLines(markdown);
  }

  static Read read(String markdown) {
    MarkdownGridReader reader = new MarkdownGridReader(markdown);
    reader.blocks();
    return new Read(new Grid(Grid.Kind.MARKDOWN, reader.rows, reader.outside), reader.notes);
  }

  /**
   * Tables and the lines between them. Once a table's separator line is seen, a line with a pipe
   * goes on with the table even without a leading pipe, as Markdown reads it.
   */
  private void blocks() {
    int i = 0;
    while (i < lines.size()) {
      if (!isPipeLine(lines.get(i))) {
        outsideLine(i++);
        continue;
      }
      int end = i;
      int separator = -1;
      while (end < lines.size()
          && (isPipeLine(lines.get(end)) || separator >= 0 && hasPipe(lines.get(end)))) {
        if (separator < 0 && isSeparator(lines.get(end))) {
          separator = end;
        }
        end++;
      }
      if (separator < 0) {
        for (int r = i; r < end; r++) {
          outsideLine(r);
        }
      } else {
        table(i, end, cells(lines.get(separator == i ? i : separator - 1)).size());
      }
      i = end;
    }
  }

  /** The rows of a table whose header has {@code width} cells. */
  private void table(int from, int to, int width) {
    List<Cell> above = null;
    for (int r = from; r < to; r++) {
      if (!isSeparator(lines.get(r))) {
        above = tableRow(r, width, above);
      }
    }
  }

  private void outsideLine(int index) {
    String text = lines.get(index).strip();
    if (text.isEmpty()) {
      return;
    }
    if (text.length() > MAX_CELL_CHARS) {
      throw new SourceRefused(
          "import.cell-too-long",
          SourceRefused.Text.of("import.where.line", index + 1),
          MAX_CELL_CHARS);
    }
    outside.add(new Cell(stripHeading(text), index + 1, 0));
  }

  private List<Cell> tableRow(int index, int width, List<Cell> above) {
    if (rows.size() >= MAX_ROWS) {
      throw new SourceRefused("import.too-many-rows", MAX_ROWS);
    }
    List<String> texts = aligned(index, cells(lines.get(index)), width, above);
    if (texts.size() > MAX_COLUMNS) {
      throw new SourceRefused(
          "import.too-many-columns",
          SourceRefused.Text.of("import.where.line-only", index + 1),
          texts.size(),
          MAX_COLUMNS);
    }
    List<Cell> row = new ArrayList<>(texts.size());
    for (String raw : texts) {
      if (raw.length() > MAX_CELL_CHARS) {
        throw new SourceRefused(
            "import.cell-too-long",
            SourceRefused.Text.of(
                "import.where.cell", index + 1, Cell.columnLetter(row.size() + 1)),
            MAX_CELL_CHARS);
      }
      row.add(new Cell(inline(raw), index + 1, row.size() + 1));
    }
    rows.add(row);
    return row;
  }

  /**
   * A row with fewer cells than its table's header, as it is to be read. Converters leave out the
   * empty cells at the start of a row that continue merged cells above; that is what it lacks when
   * the row above is empty where the missing cells go, and they are filled in. Otherwise which cell
   * is missing cannot be told, and the source is refused rather than read shifted.
   */
  private List<String> aligned(int index, List<String> texts, int width, List<Cell> above) {
    int missing = width - texts.size();
    if (missing <= 0) {
      return texts;
    }
    int leading = 0;
    while (leading < texts.size() && texts.get(leading).isBlank()) {
      leading++;
    }
    int blankAbove = 0;
    while (above != null && blankAbove < above.size() && above.get(blankAbove).isBlank()) {
      blankAbove++;
    }
    boolean continuesAbove =
        above != null && blankAbove < above.size() && leading + missing <= blankAbove;
    if (!continuesAbove || leading == texts.size()) {
      throw new SourceRefused(
          "import.md.short-row",
          SourceRefused.Text.of("import.where.line-only", index + 1),
          texts.size(),
          width);
    }
    List<String> filled = new ArrayList<>(width);
    for (int i = 0; i < missing; i++) {
      filled.add("");
    }
    filled.addAll(texts);
    notes.add(
        new ConverterRepair.Note(
            index + 1, "import.repaired.leading-cells", inline(texts.get(leading)).strip()));
    return filled;
  }

  private static List<String> splitLines(String text) {
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        result.add(text.substring(start, end));
        start = i + 1;
      }
    }
    return result;
  }

  /** True when the line has a pipe that is not escaped. */
  private static boolean hasPipe(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  private static boolean isPipeLine(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.charAt(0) == '|';
  }

  /** {@code |---|:--:|--:|}: every cell dashes, with an optional colon at either end. */
  private static boolean isSeparator(String line) {
    List<String> cells = cells(line);
    if (cells.isEmpty()) {
      return false;
    }
    for (String cell : cells) {
      String c = cell.strip();
      int from = c.startsWith(":") ? 1 : 0;
      int to = c.endsWith(":") && c.length() > from ? c.length() - 1 : c.length();
      if (to <= from) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (c.charAt(i) != '-') {
          return false;
        }
      }
    }
    return true;
  }

  /** The raw cells of a table line: split at unescaped pipes, outer pipes dropped. */
  private static List<String> cells(String line) {
    String s = line.strip();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = s.startsWith("|") ? 1 : 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        cell.append(c).append(s.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString());
    }
    return cells;
  }

  /** A cell's inline Markdown as text: line breaks, escapes, entities; bold marks dropped. */
  static String inline(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      char c = raw.charAt(i);
      int br = c == '<' ? lineBreakTag(raw, i) : -1;
      int entity = c == '&' ? entityEnd(raw, i) : -1;
      String decoded = entity > i ? entity(raw.substring(i + 1, entity)) : null;
      if (br > 0) {
        sb.append('\n');
        i = br;
      } else if (decoded != null) {
        sb.append(decoded);
        i = entity + 1;
      } else if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
        sb.append(raw.charAt(i + 1));
        i += 2;
      } else if ((c == '*' || c == '_') && i + 1 < raw.length() && raw.charAt(i + 1) == c) {
        i += 2;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** The index after a {@code <br>}, {@code <br/>} or {@code <br />} at {@code at}, or -1. */
  private static int lineBreakTag(String s, int at) {
    int i = at + 1;
    if (i + 1 >= s.length() || Character.toLowerCase(s.charAt(i)) != 'b') {
      return -1;
    }
    if (Character.toLowerCase(s.charAt(i + 1)) != 'r') {
      return -1;
    }
    i += 2;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    return i < s.length() && s.charAt(i) == '>' ? i + 1 : -1;
  }

  /** The {@code ;} closing an entity begun at {@code at}, looked for among the next ten, or -1. */
  private static int entityEnd(String s, int at) {
    for (int i = at + 1; i < s.length() && i <= at + 10; i++) {
      if (s.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos", "#39" -> "'";
      case "nbsp" -> " ";
      default -> numericEntity(name);
    };
  }

  private static String numericEntity(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    try {
      int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private static String stripHeading(String text) {
    int i = 0;
    while (i < text.length() && i < 6 && text.charAt(i) == '#') {
      i++;
    }
    return i > 0 && i < text.length() && text.charAt(i) == ' ' ? text.substring(i + 1) : text;
  }
}
