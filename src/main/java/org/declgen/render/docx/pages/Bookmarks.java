package org.declgen.render.docx.pages;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the hidden bookmarks a form's pages are marked with, so each has a name and an id of its
 * own; they count from a number a template's own bookmarks do not reach, the same for every render.
 */
final class Bookmarks {
  private static final int FIRST = 900_000_001;

  private int next = FIRST;
  private final Map<String, Integer> counts = new HashMap<>();

  /** An empty bookmark named {@code prefix} and how many of that name came before, plus one. */
  String next(String prefix) {
    int id = next++;
    int number = counts.merge(prefix, 1, Integer::sum);
    return "<w:bookmarkStart w:id=\""
        + id
        + "\" w:name=\""
        + prefix
        + number
        + "\"/><w:bookmarkEnd w:id=\""
        + id
        + "\"/>";
  }
}
