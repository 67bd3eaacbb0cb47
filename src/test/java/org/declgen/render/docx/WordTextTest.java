package org.declgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTextTest {
  @Test
  void narrowedTextHasItsScaleWhereWordExpectsIt() {
    assertThat(WordText.narrowed("", 95)).isEqualTo("<w:rPr><w:w w:val=\"95\"/></w:rPr>");
    // after spacing, before the size (ECMA-376 CT_RPr order)
    assertThat(
            WordText.narrowed(
                "<w:rPr><w:b/><w:spacing w:val=\"-4\"/><w:sz w:val=\"21\"/></w:rPr>", 90))
        .isEqualTo(
            "<w:rPr><w:b/><w:spacing w:val=\"-4\"/><w:w w:val=\"90\"/><w:sz w:val=\"21\"/></w:rPr>");
    // a template's own scale is replaced; 「emboss」 is not 「em」
    assertThat(WordText.narrowed("<w:rPr><w:emboss/><w:w w:val=\"120\"/></w:rPr>", 88))
        .isEqualTo("<w:rPr><w:emboss/><w:w w:val=\"88\"/></w:rPr>");
  }
}
