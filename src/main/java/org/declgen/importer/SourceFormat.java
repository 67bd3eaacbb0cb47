package org.declgen.importer;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file import reads, by extension; the content must agree with the extension. */
enum SourceFormat {
  DOCX("Word (.docx)"),
  XLSX("Excel (.xlsx)"),
  MARKDOWN("Markdown (.md, .txt)");

  final String display;

  SourceFormat(String display) {
    this.display = display;
  }

  static Optional<SourceFormat> byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      return Optional.of(DOCX);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
      return Optional.of(MARKDOWN);
    }
    return Optional.empty();
  }
}
