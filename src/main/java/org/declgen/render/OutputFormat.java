package org.declgen.render;

import java.util.EnumSet;
import java.util.Set;

/** What {@code render} writes. */
public enum OutputFormat {
  DOCX("docx"),
  MD("md");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** {@code docx}, {@code md} or {@code all}. */
  public static Set<OutputFormat> parse(String value) {
    return switch (value) {
      case "docx" -> EnumSet.of(DOCX);
      case "md", "markdown" -> EnumSet.of(MD);
      case "all" -> EnumSet.allOf(OutputFormat.class);
      default -> throw new IllegalArgumentException(value);
    };
  }
}
