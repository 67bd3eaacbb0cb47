package org.declgen.template.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.declgen.template.markup.ExpressionLexer.Kind;
import org.declgen.template.markup.ExpressionLexer.Token;
import org.junit.jupiter.api.Test;

/** FreeMarker expressions split as FreeMarker's own lexer would for the contract's purposes. */
class ExpressionLexerTest {
  @Test
  void dottedNamesBuiltInsAndCalls() {
    assertThat(ExpressionLexer.tokens("任务.名称 ? upper_case + amount(指标.值)"))
        .containsExactly(
            new Token(Kind.NAME, "任务"),
            new Token(Kind.DOT, "."),
            new Token(Kind.NAME, "名称"),
            new Token(Kind.BUILT_IN, "upper_case"),
            new Token(Kind.OPERATOR, "+"),
            new Token(Kind.NAME, "amount"),
            new Token(Kind.OPEN, "("),
            new Token(Kind.NAME, "指标"),
            new Token(Kind.DOT, "."),
            new Token(Kind.NAME, "值"),
            new Token(Kind.CLOSE, ")"));
  }

  @Test
  void stringsAreOneTokenWhateverTheyHold() {
    assertThat(kinds("\"a.b \\\" c\" r'C:\\x' 'it''s'"))
        .containsExactly(Kind.STRING, Kind.STRING, Kind.STRING, Kind.STRING);
  }

  @Test
  void operatorsThatLookLikeOtherTokens() {
    assertThat(ExpressionLexer.tokens("1..3 x?? y == z t -> t.a n += 1.5"))
        .extracting(Token::text)
        .containsExactly(
            "1", "..", "3", "x", "??", "y", "==", "z", "t", "->", "t", ".", "a", "n", "+=", "1.5");
  }

  @Test
  void namesKeepFreeMarkersEscapes() {
    assertThat(ExpressionLexer.tokens("data\\-set.a\\.b"))
        .extracting(Token::text)
        .containsExactly("data\\-set", ".", "a\\.b");
  }

  private static List<Kind> kinds(String text) {
    return ExpressionLexer.tokens(text).stream().map(Token::kind).toList();
  }
}
