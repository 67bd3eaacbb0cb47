package org.declgen.template.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A template id is told as the pattern it was always told by, without compiling it for ASCII. */
class TemplateIdProperties {
  private static final String PATTERN = "[A-Za-z0-9_.\\-\\p{IsHan}]+";

  @Property(tries = 3000)
  void isIdIsThePattern(@ForAll("specs") String spec) {
    assertThat(TemplateCatalog.isId(spec))
        .as(spec)
        .isEqualTo(spec.matches(PATTERN) && !spec.contains(".."));
  }

  @Provide
  Arbitrary<String> specs() {
    // ASCII id characters, characters close to them, Han characters (々 and a radical among
    // them), full-width and other scripts, separators
    return Arbitraries.strings()
        .withChars("aZz09_.-/\\ :~+@`[{")
        .withChars("区级模板々〇⺀龥")
        .withChars("ａ－．é한ひ")
        .ofMinLength(0)
        .ofMaxLength(8);
  }
}
