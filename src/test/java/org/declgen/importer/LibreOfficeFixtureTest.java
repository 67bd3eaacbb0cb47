package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.declgen.diag.Messages;
import org.declgen.testing.Frameworks;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rendered forms re-saved by LibreOffice (scripts/make-import-fixtures.sh) import unchanged. */
class LibreOfficeFixtureTest {
  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void resavedFormImportsToTheSample(String template) throws Exception {
    Path fixture = Path.of("src/test/resources/import/nansha-" + template + "-libreoffice.docx");
    ImportResult result =
        new Importer(Messages.chinese(), Frameworks.builtIn()).importFile(fixture);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(ImportRoundTripTest.sampleAsImported(template));
  }
}
