package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportRoundTripTest {
  static final Messages MESSAGES = Messages.chinese();
  private static final TemplateEngine ENGINE = new TemplateEngine(MESSAGES);

  static byte[] render(Declaration d, String template) throws Exception {
    var set = new TemplateCatalog(Path.of("."), MESSAGES).resolve(template);
    return new Renderer(ENGINE, set)
        .render(d, EnumSet.of(OutputFormat.DOCX))
        .get(OutputFormat.DOCX);
  }

  static ImportResult importDocx(byte[] docx) throws Exception {
    return new Importer(MESSAGES).importBytes("form.docx", docx);
  }

  /**
   * import(render(x)) == x for the sample. The sample's 实施周期 and 年度 values are equal in every row,
   * which is what lets the one-column gd-municipal form carry them both.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void sampleSurvivesRenderAndImport(String template) throws Exception {
    ImportResult result = importDocx(render(Samples.nansha(), template));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void seedMarkdownImportsToTheSampleDeclaration() throws Exception {
    ImportResult result =
        new Importer(MESSAGES).importFile(Path.of("src/test/resources/import/nansha-seed.txt"));

    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
    assertThat(result.unmappedCount()).isZero();
    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .anyMatch(m -> m.contains("「产出指标」"))
        .anyMatch(m -> m.contains("「生态效益指标」"))
        .anyMatch(m -> m.contains("右移"));
  }
}
