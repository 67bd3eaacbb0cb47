package org.declgen.template.docx.layout;

/** How a table cell takes part in a vertical merge. */
public enum Merge {
  /** Not merged. */
  NONE,
  /** Starts a merge typed in the template ({@code w:vMerge w:val="restart"}): a label. */
  RESTART,
  /** Continues a merge typed in the template ({@code w:vMerge}): prints nothing of its own. */
  CONTINUE,
  /** A {@code <@vmerge/>} cell: starts or continues a merge as its value changes. */
  GROUPED
}
