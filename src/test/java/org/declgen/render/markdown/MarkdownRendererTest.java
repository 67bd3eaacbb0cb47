package org.declgen.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  /**
   * The loader refuses these characters, but a Word form read by import (textconv of a .docx) may
   * hold the ones XML allows: C1 controls, direction overrides. git shows them escaped.
   */
  @Test
  void charactersNoDeclarationMayHoldAreShownEscaped() {
    assertThat(MarkdownRenderer.normalize("- 部门名称：广州\u0085\u202E南沙\n"))
        .isEqualTo("- 部门名称：广州\\x85\\u202E南沙\n");
  }

  @Test
  void lineEndsOfAnyKindBecomeLineFeeds() {
    assertThat(MarkdownRenderer.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
  }

  @Test
  void tabsAndRareCharactersStay() {
    assertThat(MarkdownRenderer.normalize("𠮷\t😀\n")).isEqualTo("𠮷\t😀\n");
  }
}
