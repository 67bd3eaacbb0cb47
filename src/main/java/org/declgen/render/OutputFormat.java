package org.declgen.render;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code render} writes. */
public enum OutputFormat {
  DOCX("docx"),
  MD("md"),
  /** The Word form printed through LibreOffice; never a default, as it needs an office suite. */
  PDF("pdf");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** What a plain {@code render} writes: the Word form and the review Markdown. */
  public static Set<OutputFormat> defaults() {
    return EnumSet.of(DOCX, MD);
  }

  /**
   * A comma-separated list of {@code docx}, {@code md} and {@code pdf}; {@code all} is all three.
   *
   * @throws IllegalArgumentException naming the first word that is not a format
   */
  public static Set<OutputFormat> parse(String value) {
    Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
    for (String word : value.split(",", -1)) {
      formats.addAll(one(word.strip().toLowerCase(Locale.ROOT)));
    }
    return formats;
  }

  private static Set<OutputFormat> one(String word) {
    return switch (word) {
      case "docx" -> EnumSet.of(DOCX);
      case "md", "markdown" -> EnumSet.of(MD);
      case "pdf" -> EnumSet.of(PDF);
      case "all" -> EnumSet.allOf(OutputFormat.class);
      default -> throw new IllegalArgumentException(word);
    };
  }
}
