package org.declgen.pipeline;

import java.util.List;
import org.declgen.yaml.DecodedText;

/**
 * A file's text exactly as it was read for parsing, so a message quotes the line that was parsed
 * and never reads the file a second time (which may have changed, or be another file).
 *
 * @param name the file's name as positions give it
 */
public record Source(String name, String text) {
  /** Decodes leniently: a file that is not UTF-8 still gets its other lines quoted. */
  public static Source of(String name, byte[] bytes) {
    return new Source(name, DecodedText.lenient(bytes));
  }

  public List<String> lines() {
    return text.lines().toList();
  }
}
