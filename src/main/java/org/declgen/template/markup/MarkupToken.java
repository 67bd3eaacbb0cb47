package org.declgen.template.markup;

/**
 * One piece of FreeMarker markup found in a paragraph's text.
 *
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character
 * @param text the markup with Word's typographic quotes turned back into ASCII ones
 * @param name directive or macro name ({@code list}, {@code if}, {@code vmerge}); empty for
 *     interpolations and comments
 */
public record MarkupToken(Kind kind, int start, int end, String text, String name) {
  public enum Kind {
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
  public String expression() {
    return text.substring(2, text.length() - 1).strip();
  }

  /** A macro call ({@code <@name …>}) rather than a directive. */
  public boolean isMacroCall() {
    return name.startsWith("@");
  }

  /** The directive's or macro's name without the {@code @} of a call. */
  public String bareName() {
    return isMacroCall() ? name.substring(1) : name;
  }

  /** What a tag holds after its name, up to its {@code >} or {@code />}: its parameters. */
  public String parameters() {
    int start = (text.startsWith("</") ? 3 : 2) + bareName().length();
    int end = text.endsWith("/>") ? text.length() - 2 : text.length() - 1;
    return start < end ? text.substring(start, end).strip() : "";
  }
}
