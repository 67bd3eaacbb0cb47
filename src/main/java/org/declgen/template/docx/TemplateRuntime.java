package org.declgen.template.docx;

import java.util.Arrays;
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
 * <p>Giving the runtime more to go on — say every table row as it is printed, for a layout that
 * decides the pages — is a method here, a constant in {@link Call} that the compiler writes, and
 * its conversion in {@link RuntimeModel}; nothing else has to learn a name.
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
   * A table with vertically merged cells is about to be printed; merges never continue from
   * whatever it held before.
   *
   * @param table the table's position among the document's tables, from 1
   */
  void tableStart(int table);

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
    MERGE_ROW("mergeRow");

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

    private static final Map<String, Call> BY_METHOD =
        Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.method, c -> c));

    /** The call a compiled template makes by this method name, if any. */
    static Call named(String method) {
      return BY_METHOD.get(method);
    }
  }
}
