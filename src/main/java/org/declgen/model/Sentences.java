package org.declgen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into sentences: after 。；！？ (and their ASCII forms), keeping the closing quotes
 * and brackets that follow with the sentence, and at line ends.
 */
public final class Sentences {
  private static final String SENTENCE_END = "。！？；!?;";
  private static final String CLOSERS = "”’）」』】)\"'";

  private Sentences() {}

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null) {
      return sentences;
    }
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        flush(current, sentences);
        continue;
      }
      current.append(c);
      if (SENTENCE_END.indexOf(c) >= 0) {
        while (i + 1 < text.length() && CLOSERS.indexOf(text.charAt(i + 1)) >= 0) {
          current.append(text.charAt(++i));
        }
        flush(current, sentences);
      }
    }
    flush(current, sentences);
    return sentences;
  }

  private static void flush(StringBuilder current, List<String> sentences) {
    String s = current.toString().strip();
    if (!s.isEmpty()) {
      sentences.add(s);
    }
    current.setLength(0);
  }
}
