package org.declgen.template.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits FreeMarker expression text into tokens by FreeMarker's lexical rules: names (with
 * FreeMarker's escapes), string literals (raw or not, which are skipped as a whole), numbers,
 * built-ins ({@code ?name}), brackets and operators. It reads what FreeMarker's public API does not
 * expose of an expression — the names it reads — for the template contract.
 */
public final class ExpressionLexer {
  /** What a token is. */
  public enum Kind {
    NAME,
    STRING,
    NUMBER,
    /** {@code ?name}; the token's text is the name */
    BUILT_IN,
    DOT,
    /** {@code =} and the compound assignments ({@code +=}, {@code ++}, …) */
    ASSIGN,
    /** {@code ->} of a lambda */
    ARROW,
    OPEN,
    CLOSE,
    /** {@code ,} {@code :} {@code ;} */
    SEPARATOR,
    OPERATOR
  }

  /** One token: its kind and its text. */
  public record Token(Kind kind, String text) {
    public boolean is(Kind k, String t) {
      return kind == k && text.equals(t);
    }
  }

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int i;

  private ExpressionLexer(String text) {
    this.text = text;
  }

  public static List<Token> tokens(String text) {
    ExpressionLexer lexer = new ExpressionLexer(text);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'' || (c == 'r' && isQuote(i + 1))) {
        string();
      } else if (isNameStart(c)) {
        name();
      } else if (Character.isDigit(c)) {
        number();
      } else if (c == '?') {
        question();
      } else {
        symbol(c);
      }
    }
  }

  private boolean isQuote(int at) {
    return at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
  }

  private void string() {
    int start = i;
    boolean raw = text.charAt(i) == 'r';
    if (raw) {
      i++;
    }
    char quote = text.charAt(i++);
    while (i < text.length() && text.charAt(i) != quote) {
      i += !raw && text.charAt(i) == '\\' ? 2 : 1;
    }
    i = Math.min(i + 1, text.length());
    tokens.add(new Token(Kind.STRING, text.substring(start, i)));
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
  }

  private void name() {
    int start = i;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "-.:#".indexOf(text.charAt(i + 1)) >= 0) {
        i += 2;
      } else if (isNameStart(c) || Character.isDigit(c)) {
        i++;
      } else {
        break;
      }
    }
    tokens.add(new Token(Kind.NAME, text.substring(start, i)));
  }

  private void number() {
    int start = i;
    while (i < text.length()
        && (Character.isDigit(text.charAt(i))
            || text.charAt(i) == '.'
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1)))) {
      i++;
    }
    tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
  }

  /** {@code ??}, or a built-in: {@code ?name}, with space allowed after the question mark. */
  private void question() {
    if (text.startsWith("??", i)) {
      i += 2;
      tokens.add(new Token(Kind.OPERATOR, "??"));
      return;
    }
    int at = i + 1;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && isNameStart(text.charAt(at))) {
      i = at;
      name();
      Token name = tokens.remove(tokens.size() - 1);
      tokens.add(new Token(Kind.BUILT_IN, name.text()));
    } else {
      i++;
      tokens.add(new Token(Kind.OPERATOR, "?"));
    }
  }

  private void symbol(char c) {
    String two = text.substring(i, Math.min(i + 2, text.length()));
    if (two.equals("..")) {
      i += 2;
      if (i < text.length() && "<!*".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      tokens.add(new Token(Kind.OPERATOR, ".."));
    } else if (two.equals("->")) {
      add(Kind.ARROW, 2);
    } else if (two.equals("==") || two.equals("!=") || two.equals("<=") || two.equals(">=")) {
      add(Kind.OPERATOR, 2);
    } else if (two.equals("++")
        || two.equals("--")
        || two.length() == 2 && two.charAt(1) == '=' && "+-*/%".indexOf(c) >= 0) {
      add(Kind.ASSIGN, 2);
    } else if (c == '=') {
      add(Kind.ASSIGN, 1);
    } else if (c == '.') {
      add(Kind.DOT, 1);
    } else if ("([{".indexOf(c) >= 0) {
      add(Kind.OPEN, 1);
    } else if (")]}".indexOf(c) >= 0) {
      add(Kind.CLOSE, 1);
    } else if (",:;".indexOf(c) >= 0) {
      add(Kind.SEPARATOR, 1);
    } else {
      add(Kind.OPERATOR, 1);
    }
  }

  private void add(Kind kind, int length) {
    tokens.add(new Token(kind, text.substring(i, i + length)));
    i += length;
  }
}
