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
    assertThat(back).isEqualTo(normalizedAsLoaderSeesIt(d));
    assertThat(DeclarationWriter.write(back)).isEqualTo(yaml);
  }

  /** The loader trims texts and reads blank text as absent; generated data may not be trimmed. */
  private static Declaration normalizedAsLoaderSeesIt(Declaration d) {
    return d;
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }
}
