package org.declgen.importer;

/**
 * The bounds import keeps to, so that no source makes it run longer than linear time in its size or
 * hold more than a bounded amount in memory. A filled form is far inside every one of them (the
 * sample: 9 KB, 60 rows, 6 columns, 25 indicators); a source past any of them is refused with a
 * message naming the limit. docs/import.md lists them for users.
 */
public final class ImportLimits {
  /** The size of the file as given. */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /** Entries in a .docx or .xlsx package. */
  public static final int MAX_ZIP_ENTRIES = 2_000;

  /** All entries of a package together, uncompressed. */
  public static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;

  /** How much larger than the file its entries may be together (zip bombs expand far more). */
  public static final int MAX_EXPANSION_RATIO = 200;

  /** The XML parts a package's text is read from: the Word document, or the sheets and strings. */
  public static final long MAX_CONTENT_XML_BYTES = 16L * 1024 * 1024;

  /** Elements nested in one another in any XML part of a package. */
  public static final int MAX_XML_DEPTH = 256;

  /** Table rows (Word), sheet rows (Excel) or table lines (Markdown). */
  public static final int MAX_ROWS = 5_000;

  /** Columns of a row, merged cells counted by the columns they span. */
  public static final int MAX_COLUMNS = 64;

  /** Characters in one cell, or in one paragraph or line outside the tables. */
  public static final int MAX_CELL_CHARS = 20_000;

  /** Characters in a 一级 or 二级 indicator label, which becomes a key of the YAML. */
  public static final int MAX_LABEL_CHARS = 200;

  private ImportLimits() {}
}
