package org.declgen.importer;

/** The kinds of damage the import fuzz campaign does to a source, one category each. */
enum FuzzMutation {
  /** The file cut short at a random byte. */
  TRUNCATION,
  /** One to eight bits flipped anywhere in the file. */
  BIT_FLIPS,
  /** A package entry deleted, cut short, flipped, duplicated, renamed or replaced. */
  ZIP_ENTRY_DAMAGE,
  /** The XML of the main part broken: tags dropped, attributes and characters changed. */
  XML_DAMAGE,
  /** Spans, row counts and cell lengths around and far past the limits. */
  HUGE_SIZES,
  /** Elements, tables and Markdown blocks nested around and far past the depth limit. */
  DEEP_NESTING,
  /** Text in UTF-16, GBK, Latin-1 or broken UTF-8, BOMs, NULs and XML-forbidden characters. */
  ODD_ENCODINGS,
  /** Markdown syntax sprinkled and repeated in cells (links, emphasis, escapes, entities). */
  MARKDOWN_SYNTAX
}
