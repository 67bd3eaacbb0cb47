package org.declgen.template.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds FreeMarker markup in the text a person typed into a Word paragraph. It tolerates what word
 * processors do to typed text: curly quotes and non-breaking spaces inside markup.
 */
public final class MarkupTokenizer {
  /** Directives that always have a closing tag. */
  private static final Set<String> PAIRED =
      Set.of(
          "list",
          "if",
          "switch",
          "attempt",
          "items",
          "macro",
          "function",
          "compress",
          "noautoesc",
          "autoesc",
          "outputformat",
          "escape",
          "noescape",
          "on");

  private static final Set<String> MIDDLE =
      Set.of("else", "elseif", "recover", "case", "default", "sep");

  /** Thrown for markup that cannot be read; the message is for the template's author. */
  public static final class MarkupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    MarkupException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    /** Where in the text the unreadable markup starts. */
    public int offset() {
      return offset;
    }
  }

  private MarkupTokenizer() {}

  public static List<MarkupToken> tokenize(String text) throws MarkupException {
    List<MarkupToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("${", i)) {
        int end = endOfInterpolation(text, i);
        tokens.add(
            new MarkupToken(
                MarkupToken.Kind.INTERPOLATION, i, end, normalize(text.substring(i, end)), ""));
        i = end;
      } else if (text.startsWith("<#--", i)) {
        int close = text.indexOf("-->", i + 4);
        if (close < 0) {
          throw new MarkupException("unclosed-comment", i);
        }
        tokens.add(new MarkupToken(MarkupToken.Kind.COMMENT, i, close + 3, "", ""));
        i = close + 3;
      } else if (startsTag(text, i)) {
        MarkupToken tag = tag(text, i);
        tokens.add(tag);
        i = tag.end();
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static boolean startsTag(String text, int i) {
    return text.startsWith("<#", i)
        || text.startsWith("</#", i)
        || text.startsWith("<@", i)
        || text.startsWith("</@", i);
  }

  private static MarkupToken tag(String text, int start) throws MarkupException {
    int end = endOfTag(text, start);
    String raw = normalize(text.substring(start, end));
    boolean closing = raw.startsWith("</");
    String afterSigil = raw.substring(closing ? 3 : 2);
    String name = afterSigil.split("[\\s/>(]", 2)[0];
    if (name.isEmpty()) {
      throw new MarkupException("empty-tag", start);
    }
    MarkupToken.Kind kind;
    boolean macro = raw.startsWith("<@") || raw.startsWith("</@");
    if (closing) {
      kind = MarkupToken.Kind.CLOSE;
    } else if (raw.endsWith("/>")) {
      kind = MarkupToken.Kind.SELF_CONTAINED;
    } else if (!macro && MIDDLE.contains(name)) {
      kind = MarkupToken.Kind.MIDDLE;
    } else if (macro || PAIRED.contains(name)) {
      kind = MarkupToken.Kind.OPEN;
    } else {
      kind = MarkupToken.Kind.SELF_CONTAINED;
    }
    return new MarkupToken(kind, start, end, raw, (macro ? "@" : "") + name);
  }

  /** Offset after the {@code }} that closes the interpolation starting at {@code start}. */
  private static int endOfInterpolation(String text, int start) throws MarkupException {
    int depth = 0;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isQuote(c)) {
        i = endOfString(text, i);
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i + 1;
        }
        depth--;
      }
    }
    throw new MarkupException("unclosed-interpolation", start);
  }

  /** Offset after the {@code >} that ends a tag: the first one outside strings and brackets. */
  private static int endOfTag(String text, int start) throws MarkupException {
    int depth = 0;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isQuote(c)) {
        i = endOfString(text, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return i + 1;
      }
    }
    throw new MarkupException("unclosed-tag", start);
  }

  private static int endOfString(String text, int open) throws MarkupException {
    char quote = closingQuote(text.charAt(open));
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote
          || quote == '"' && (c == '”' || c == '“')
          || quote == '\'' && (c == '’' || c == '‘')) {
        return i;
      }
    }
    throw new MarkupException("unclosed-string", open);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’';
  }

  private static char closingQuote(char open) {
    return open == '\'' || open == '‘' || open == '’' ? '\'' : '"';
  }

  /** Undoes Word's autocorrect inside markup: typographic quotes and non-breaking spaces. */
  static String normalize(String markup) {
    return markup
        .replace('“', '"')
        .replace('”', '"')
        .replace('‘', '\'')
        .replace('’', '\'')
        .replace('\u00A0', ' ')
        .replace('\u3000', ' ');
  }
}
