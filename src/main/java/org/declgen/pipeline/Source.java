package org.declgen.pipeline;

import java.util.List;
import org.declgen.yaml.DecodedText;

/**
 * A file's text exactly as it was read for parsing, so a message quotes the line that was parsed
 * and never reads the file a second time (which may have changed, or be another file).
 */
public final class Source {
  private final String name;
  private final String text;
  private volatile List<String> lines;

  /**
   * @param name the file's name as positions give it
   * @param text the text as parsed
   */
  public Source(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** Decodes leniently: a file that is not UTF-8 still gets its other lines quoted. */
  public static Source of(String name, byte[] bytes) {
    return new Source(name, DecodedText.lenient(bytes));
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** The text's lines, split once: every message about the file quotes one of them. */
  public List<String> lines() {
    List<String> split = lines;
    if (split == null) {
      split = text.lines().toList();
      lines = split;
    }
    return split;
  }
}
