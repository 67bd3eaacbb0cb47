package org.declgen.template.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a compiled Word template calls while it renders one declaration: the one contract between
 * the source the compiler generates and the docx writer that runs it. The compiler writes every
 * call through {@link Call}, the writer implements this interface, and {@link RuntimeModel} hands
 * an implementation to FreeMarker; no call is spelled anywhere else.
 *
 * <p>One implementation serves one render: it may keep state from call to call (the merge keys of
 * the rows printed so far) and is never shared between threads.
 *
 * <p>Giving the runtime more to go on — as every table row and body paragraph is, for the layout
 * that decides the pages — is a method here, a constant in {@link Call} that the compiler writes,
 * and its conversion in {@link RuntimeModel}; nothing else has to learn a name.
 */
public interface TemplateRuntime {
  /**
   * Word paragraphs ({@code <w:p>…</w:p>}, at least one) showing a value in the look of the
   * template paragraph that held it alone.
   *
   * @param richText whether the value is Markdown-light (a long text of the form) or plain
   */
  String paragraphs(String text, boolean richText, BlockStyle style);

  /**
   * A table is about to be printed: a table with vertically merged cells always, every table of the
   * body when the template decides its pages. Merges never continue from whatever it held before.
   *
   * @param table the table's position among the document's tables, from 1
   */
  void tableStart(int table);

  /** The table's last row has been printed; what follows closes it. */
  void tableEnd(int table);

  /**
   * A row of a table of the body has been printed (when the template decides its pages): what was
   * printed since the table started or its previous row ended is the row.
   *
   * @param row the row's position in the template's table, from 0 (a repeated row prints the same
   *     position once for each item)
   */
  void rowEnd(int table, int row);

  /**
   * A paragraph of the body (not in a table) has been printed (when the template decides its
   * pages): what was printed since the previous call is that paragraph, or the paragraphs a value
   * printed in its place makes.
   *
   * @param paragraph the paragraph's position among the template's body paragraphs, from 0
   */
  void paragraphEnd(int paragraph);

  /**
   * A row of such a table is about to be printed: for each of its merge cells, left to right, true
   * when the cell starts a new merged group and false when it continues the one above.
   *
   * @param columns the grid column of each merge cell
   * @param keys the value each merge cell groups by, in the same order
   */
  boolean[] mergeRow(int table, int[] columns, List<String> keys);

  /** The calls, as compiled templates spell them. */
  enum Call {
    PARAGRAPHS("paragraphs"),
    TABLE_START("tableStart"),
    TABLE_END("tableEnd"),
    MERGE_ROW("mergeRow"),
    ROW_END("rowEnd"),
    PARAGRAPH_END("paragraphEnd");

    /** The name compiled templates know the runtime by. */
    public static final String OBJECT = "_dg";

    private final String method;

    Call(String method) {
      this.method = method;
    }

    /** FreeMarker source that makes this call with the given argument expressions. */
    public String ftl(String... arguments) {
      return OBJECT + "." + method + "(" + String.join(", ", arguments) + ")";
    }

    /** A plain hash map: looked up on every call a template makes, so the fastest lookup. */
    private static final Map<String, Call> BY_METHOD =
        Arrays.stream(values())
            .collect(Collectors.toMap(c -> c.method, c -> c, (a, b) -> a, HashMap::new));

    /** The call a compiled template makes by this method name, if any. */
    static Call named(String method) {
      return BY_METHOD.get(method);
    }
  }
}
