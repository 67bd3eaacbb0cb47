package org.declgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.declgen.template.docx.BlockStyle;
import org.junit.jupiter.api.Test;

/**
 * Texts that skip the Markdown parser must come out exactly as the parser would make them; the
 * alphabet mixes form text with every character the fast path has to refuse.
 */
class MarkdownLightFastPathProperties {
  private static final BlockStyle STYLE =
      new BlockStyle(
          "<w:pPr/>",
          "",
          "<w:rPr><w:b/></w:rPr>",
          "<w:rPr><w:i/></w:rPr>",
          "<w:rPr><w:b/><w:i/></w:rPr>");

  @Property(tries = 3000)
  void skippingTheParserChangesNothing(@ForAll("texts") String text) {
    Statistics.collect(MarkdownLightParagraphs.isPlainLines(text));
    if (MarkdownLightParagraphs.isBlank(text) || MarkdownLightParagraphs.isPlainLines(text)) {
      assertThat(MarkdownLightParagraphs.render(text, STYLE))
          .isEqualTo(MarkdownLightParagraphs.parsed(text, STYLE));
    }
  }

  @Test
  void formTextTakesTheFastPath() {
    String text = "（一）拓展“跨域通办”广度深度。\n（二）深化政务服务“一件事”改革。\n";
    assertThat(MarkdownLightParagraphs.isPlainLines(text)).isTrue();
    assertThat(MarkdownLightParagraphs.render(text, STYLE))
        .isEqualTo(MarkdownLightParagraphs.parsed(text, STYLE));
  }

  @Test
  void indicatorLikeLinesTakeTheFastPath() {
    for (String text :
        new String[] {"11.6万件", "260宗", "2024年完成", "<24小时", "≤ 3天", "a <= 5", "1.5倍", "3)项"}) {
      assertThat(MarkdownLightParagraphs.isPlainLines(text)).as(text).isTrue();
      assertThat(MarkdownLightParagraphs.render(text, STYLE))
          .as(text)
          .isEqualTo(MarkdownLightParagraphs.parsed(text, STYLE));
    }
  }

  @Test
  void blankTextIsWhatTheParserMakesOfIt() {
    for (String text : new String[] {"", "\n", "  \n\t", "\n\n", "    "}) {
      assertThat(MarkdownLightParagraphs.isBlank(text)).as(text).isTrue();
      assertThat(MarkdownLightParagraphs.render(text, STYLE))
          .as(text)
          .isEqualTo(MarkdownLightParagraphs.parsed(text, STYLE));
    }
    assertThat(MarkdownLightParagraphs.isBlank("\u3000")).isFalse();
  }

  @Test
  void markupDoesNotTakeTheFastPath() {
    for (String text :
        new String[] {
          "**粗体**",
          "1. 第一",
          "- 项",
          "  缩进",
          "行尾 \n下一行",
          "a\n\nb",
          "&amp;",
          "\u3000全角空格开头",
          "x\ty",
          "第一行\n+ 项",
          "标题\n===",
          "> 引用",
          "# 标题",
          "~~~",
          "a ![图](x)",
          "a <b>",
          "1) 第一",
          "12.",
          "3.\t项",
          "第一行\n2. 项",
          "<a href=x>",
          "</b>",
          "<!-- 注 -->",
          "<?x?>",
          "<http://x>",
          "a <"
        }) {
      assertThat(MarkdownLightParagraphs.isPlainLines(text)).as(text).isFalse();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> formLike =
        Arbitraries.strings()
            .withChars("任务数字城市建设（一）。，“”、AbZz09 \n\u3000")
            .ofMinLength(0)
            .ofMaxLength(40);
    Arbitrary<String> anything =
        Arbitraries.strings()
            .withChars("任务数字城市建设（一）。，“”、AbZz09 \n\t\u3000\u00a0*_`#>-+=.:!|~[]<&\\(){}\"'")
            .ofMinLength(0)
            .ofMaxLength(40);
    // Mostly lines the fast path takes: the characters that mean something only at a line's start.
    Arbitrary<String> lineMarkup =
        Arbitraries.strings()
            .withChars("任务数字城市建设（一）。，“”、AbZz0192 \n\t>#|~=+-:(){}\"'.!<")
            .ofMinLength(0)
            .ofMaxLength(40);
    return Arbitraries.oneOf(formLike, anything, lineMarkup);
  }
}
