package org.declgen.template.markup;

import java.util.ArrayList;
import java.util.List;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * Markup typed with a Chinese input method's full-width signs — {@code ￥{部门名称}}, {@code
 * ＄{部门名称}}, {@code $｛部门名称}}, {@code ${部门名称｝} — which FreeMarker does not read as markup
 * and would print as typed.
 */
public final class FullWidthMarkup {
  /**
   * One such slip.
   *
   * @param start where the markup starts in the text
   * @param markup the markup as typed, to its closing brace if it has one
   * @param typed the full-width sign
   * @param meant the sign FreeMarker needs there
   */
  public record Slip(int start, String markup, String typed, String meant) {
    /** The slip as an error of template {@code file}, typed at {@code where}. */
    public Diagnostic diagnostic(String file, String where, Messages messages) {
      String key = "template.markup.full-width";
      return Diagnostic.error(
          SourcePosition.ofFile(file),
          key,
          messages.get(key, where, markup, typed),
          messages.get(key + ".hint", typed, meant));
    }
  }

  private FullWidthMarkup() {}

  public static List<Slip> find(String text) {
    List<Slip> slips = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if ((c == '￥' || c == '＄') && (next == '{' || next == '｛')) {
        slips.add(new Slip(i, text.substring(i, endOf(text, i)), String.valueOf(c), "$"));
      } else if (c == '$' && next == '｛') {
        slips.add(new Slip(i, text.substring(i, endOf(text, i)), "｛", "{"));
      } else if (c == '$' && next == '{') {
        int fullWidth = text.indexOf('｝', i);
        int halfWidth = text.indexOf('}', i);
        boolean plainName = fullWidth > 0 && text.substring(i, fullWidth).matches("[^\"'“”‘’]*");
        if (plainName && (halfWidth < 0 || fullWidth < halfWidth)) {
          slips.add(new Slip(i, text.substring(i, fullWidth + 1), "｝", "}"));
        }
      }
    }
    return slips;
  }

  /** After the first closing brace, either width, or after the opening sign when there is none. */
  private static int endOf(String text, int start) {
    for (int j = start + 2; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '}' || c == '｝') {
        return j + 1;
      }
    }
    return start + 2;
  }
}
