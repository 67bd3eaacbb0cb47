package org.declgen.template;

/**
 * One piece of FreeMarker markup found in a paragraph's text.
 *
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character
 * @param text the markup with Word's typographic quotes turned back into ASCII ones
 * @param name directive or macro name ({@code list}, {@code if}, {@code vmerge}); empty for
 *     interpolations and comments
 */
record MarkupToken(Kind kind, int start, int end, String text, String name) {
  enum Kind {
    /** {@code ${expr}} */
    INTERPOLATION,
    /** {@code <#name …>} or {@code <@name …>} */
    OPEN,
    /** {@code </#name>} or {@code </@name>} */
    CLOSE,
    /** {@code <#name …/>}, {@code <@name …/>} or a directive that never has a body */
    SELF_CONTAINED,
    /** {@code <#else>}, {@code <#elseif …>}, {@code <#sep>}, {@code <#recover>}, … */
    MIDDLE,
    /** {@code <#-- … -->} */
    COMMENT
  }

  /** The expression inside {@code ${…}}. */
  String expression() {
    return text.substring(2, text.length() - 1).strip();
  }

  boolean isStructural() {
    return kind == Kind.OPEN
        || kind == Kind.CLOSE
        || kind == Kind.MIDDLE
        || kind == Kind.SELF_CONTAINED
        || kind == Kind.COMMENT;
  }
}
