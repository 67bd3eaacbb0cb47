package org.declgen.print;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.print.PrintedForm.Box;
import org.declgen.print.PrintedForm.Line;
import org.declgen.print.PrintedForm.Page;

/**
 * What a printed form must satisfy, each check returning the problems a reader would see (empty
 * when there are none), worded so that a failing test says what is wrong on which page.
 */
final class PrintChecks {
  private static final Pattern AMOUNT = Pattern.compile("[-−]?\\d{1,3}(,\\d{3})*(\\.(\\d+))?");

  private PrintChecks() {}

  /**
   * Every cell's text is printed, as often as the form holds it: whole in one cell, or in parts
   * that continue each other down the same column on the following pages.
   */
  static List<String> lost(PrintedForm printed, Collection<String> expected) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    expected.forEach(t -> wanted.merge(t, 1, Integer::sum));
    Map<String, Integer> whole = new HashMap<>();
    printed.boxes().forEach(b -> whole.merge(b.text(), 1, Integer::sum));
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, Integer> e : wanted.entrySet()) {
      int found = whole.getOrDefault(e.getKey(), 0);
      if (found < e.getValue()) {
        found += inParts(printed, e.getKey()).size();
      }
      if (found < e.getValue()) {
        lost.add(
            "「" + shorten(e.getKey()) + "」 printed " + found + " of " + e.getValue() + " times");
      }
    }
    return lost;
  }

  /**
   * What a page of the built-in templates holds below the heading rows printed again at its top:
   * the text block (637.5 pt, docs/printing.md §4) filled to 95 %, less room for two heading rows.
   * A row printed in parts at least this tall together was taller than a page.
   */
  static final double A_PAGE_BELOW_ITS_HEADINGS = 637.5 * 0.95 - 80;

  /**
   * No task or indicator row is broken across pages: all of a row's own cells are printed whole on
   * one page, unless the row alone is taller than a page (it starts at the top of a page and still
   * goes on to the next, or its parts together are taller than a page holds).
   */
  static List<String> brokenRows(PrintedForm printed, List<List<String>> rows, Set<String> labels) {
    Index index = new Index(printed);
    List<String> broken = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.isEmpty() || index.onOnePage(row)) {
        continue;
      }
      String longest = row.stream().max((a, b) -> a.length() - b.length()).orElseThrow();
      List<List<Box>> chains = inParts(printed, longest);
      if (!chains.isEmpty()
          && (startsAtPageTop(printed, chains.get(0).get(0), labels)
              || height(chains.get(0)) >= A_PAGE_BELOW_ITS_HEADINGS)) {
        continue;
      }
      broken.add("row 「" + shorten(row.get(0)) + "」 " + whereParts(index, row));
    }
    return broken;
  }

  /** Every page that shows indicator rows also shows their 一级 and 二级 labels. */
  static List<String> unlabelledPages(PrintedForm printed, List<FormCells.IndicatorRow> rows) {
    Index index = new Index(printed);
    List<String> problems = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (FormCells.IndicatorRow row : rows) {
      if (row.own().isEmpty()) {
        continue;
      }
      for (int page : index.pagesShowing(row.own().get(0))) {
        for (String label : List.of(row.first(), row.second())) {
          if (!label.isEmpty()
              && !index.onPage(page).contains(label)
              && reported.add(page + "/" + label)) {
            problems.add(
                "page "
                    + page
                    + ": 「"
                    + shorten(row.own().get(0))
                    + "」 without its label 「"
                    + label
                    + "」");
          }
        }
      }
    }
    return problems;
  }

  /** No line of these texts (labels, or any short text) holds a single character. */
  static List<String> singleCharacterLines(PrintedForm printed, Set<String> texts) {
    List<String> problems = new ArrayList<>();
    for (Box box : printed.boxes()) {
      String text = box.text();
      if (text.length() < 2 || !texts.contains(text) || box.lines().size() < 2) {
        continue;
      }
      for (Line line : box.lines()) {
        if (line.characters().codePointCount(0, line.characters().length()) == 1) {
          problems.add("page " + box.page() + ": 「" + lines(box) + "」");
          break;
        }
      }
    }
    return problems;
  }

  /** No printed amount has more than two decimals. */
  static List<String> overPreciseAmounts(PrintedForm printed) {
    List<String> problems = new ArrayList<>();
    for (Box box : printed.boxes()) {
      Matcher m = AMOUNT.matcher(box.text());
      if (m.matches() && m.group(3) != null && m.group(3).length() > 2) {
        problems.add("page " + box.page() + ": " + box.text());
      }
    }
    return problems;
  }

  /**
   * Rows whose printed height differs from the estimate by more than {@code tolerance} points. A
   * row is measured where it is printed whole on one page, by the cell of its that holds a text
   * found once in the form (not a label).
   */
  static List<String> misestimatedRows(
      PrintedForm printed, FormCells cells, List<RowHeights.Row> rows, double tolerance) {
    Map<String, Integer> count = new HashMap<>();
    cells.texts().forEach(t -> count.merge(t, 1, Integer::sum));
    Index index = new Index(printed);
    List<String> problems = new ArrayList<>();
    for (RowHeights.Row row : rows) {
      Optional<String> key =
          row.texts().stream()
              .filter(t -> count.getOrDefault(t, 0) == 1 && !cells.labels().contains(t))
              .max((a, b) -> a.length() - b.length());
      if (key.isEmpty()) {
        continue;
      }
      for (Page page : printed.pages()) {
        if (!index.onPage(page.number()).containsAll(row.texts())) {
          continue;
        }
        double measured =
            page.boxes().stream()
                .filter(b -> b.text().equals(key.get()))
                .mapToDouble(Box::height)
                .findFirst()
                .orElseThrow();
        if (Math.abs(measured - row.estimate()) > tolerance) {
          problems.add(
              String.format(
                  "page %d: row 「%s」 is %.1f pt, estimated %.1f pt",
                  page.number(), shorten(key.get()), measured, row.estimate()));
        }
        break;
      }
    }
    return problems;
  }

  // ------------------------------------------------------------------ finding texts on pages

  /** Where texts are printed: the texts of each page's cells, and the pages showing a text. */
  private static final class Index {
    private final PrintedForm printed;
    private final List<Set<String>> pageTexts = new ArrayList<>();
    private final Map<String, Set<Integer>> wholeOn = new HashMap<>();

    Index(PrintedForm printed) {
      this.printed = printed;
      for (Page page : printed.pages()) {
        Set<String> texts = new HashSet<>();
        for (Box b : page.boxes()) {
          texts.add(b.text());
          wholeOn.computeIfAbsent(b.text(), k -> new TreeSet<>()).add(page.number());
        }
        pageTexts.add(texts);
      }
    }

    Set<String> onPage(int page) {
      return pageTexts.get(page - 1);
    }

    /** Pages showing a text whole, or else the pages of its parts. */
    Set<Integer> pagesShowing(String text) {
      Set<Integer> whole = wholeOn.get(text);
      if (whole != null) {
        return whole;
      }
      Set<Integer> pages = new TreeSet<>();
      inParts(printed, text).forEach(chain -> chain.forEach(b -> pages.add(b.page())));
      return pages;
    }

    boolean onOnePage(List<String> row) {
      for (Set<String> texts : pageTexts) {
        if (texts.containsAll(row)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The ways a text is printed in parts: a cell at the foot of a page, continued in the same column
   * on the next page (and the next), the parts together giving the text.
   */
  static List<List<Box>> inParts(PrintedForm printed, String text) {
    List<List<Box>> chains = new ArrayList<>();
    for (Box first : printed.boxes()) {
      String t = first.text();
      if (!t.isEmpty() && t.length() < text.length() && text.startsWith(t)) {
        continuation(printed, first, text.substring(t.length()))
            .ifPresent(
                rest -> {
                  List<Box> chain = new ArrayList<>();
                  chain.add(first);
                  chain.addAll(rest);
                  chains.add(chain);
                });
      }
    }
    return chains;
  }

  private static Optional<List<Box>> continuation(PrintedForm printed, Box above, String rest) {
    if (above.page() >= printed.pages().size()) {
      return Optional.empty();
    }
    for (Box next : printed.pages().get(above.page()).boxes()) {
      String t = next.text();
      if (!next.sameColumn(above) || t.isEmpty() || !rest.startsWith(t)) {
        continue;
      }
      if (t.equals(rest)) {
        return Optional.of(new ArrayList<>(List.of(next)));
      }
      Optional<List<Box>> more = continuation(printed, next, rest.substring(t.length()));
      if (more.isPresent()) {
        more.get().add(0, next);
        return more;
      }
    }
    return Optional.empty();
  }

  private static double height(List<Box> parts) {
    return parts.stream().mapToDouble(Box::height).sum();
  }

  /** Nothing but labels (a repeated heading row) above the box in its column on its page. */
  private static boolean startsAtPageTop(PrintedForm printed, Box box, Set<String> labels) {
    for (Box other : printed.pages().get(box.page() - 1).boxes()) {
      if (other.sameColumn(box)
          && other.bottom() <= box.top() + 1
          && !other.text().isEmpty()
          && !labels.contains(other.text())) {
        return false;
      }
    }
    return true;
  }

  private static String whereParts(Index index, List<String> row) {
    StringBuilder where = new StringBuilder("is split:");
    for (String cell : row) {
      where.append(" 「").append(shorten(cell)).append("」 on pages ");
      where.append(index.pagesShowing(cell));
    }
    return where.toString();
  }

  private static String lines(Box box) {
    List<String> lines = new ArrayList<>();
    box.lines().forEach(l -> lines.add(l.characters()));
    return String.join("/", lines);
  }

  private static String shorten(String text) {
    return text.length() <= 24 ? text : text.substring(0, 24) + "…";
  }
}
