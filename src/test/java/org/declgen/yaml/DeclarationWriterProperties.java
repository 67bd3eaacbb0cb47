package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;

class DeclarationWriterProperties {
  @Property(tries = 300)
  void writtenYamlReadsBack(@ForAll("declarations") Declaration d) throws DiagnosticException {
    String yaml = DeclarationWriter.write(d);
    Declaration back = Samples.parse("generated.yaml", yaml).declaration();
    assertThat(back).isEqualTo(d);
    assertThat(DeclarationWriter.write(back)).isEqualTo(yaml);
  }

  /**
   * Issue 14 finding 2: 𠮷 was written as {@code \u20BB7} and read back as ₻7. Whatever a careless
   * hand leaves in a declaration, characters beyond the Basic Multilingual Plane included, is
   * written so that it reads back the same, and the only escapes are the ones YAML needs.
   */
  @Property(tries = 300)
  void hostileDeclarationsReadBackExactly(@ForAll("hostile") Declaration d) {
    String yaml = DeclarationWriter.write(d);
    assertThat(yaml).doesNotContainPattern("\\\\u[dD][89a-fA-F]").doesNotContainPattern("\\\\U");
    Declaration back = read(yaml);
    assertThat(back).isEqualTo(d);
    assertThat(DeclarationWriter.write(back)).isEqualTo(yaml);
  }

  private static Declaration read(String yaml) {
    try {
      return Samples.parse("generated.yaml", yaml).declaration();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics() + "\n" + yaml, e);
    }
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  @Provide
  Arbitrary<Declaration> hostile() {
    return DeclarationArbitraries.hostileDeclarations();
  }
}
