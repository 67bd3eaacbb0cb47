package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.declgen.diag.Messages;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates as an office would have them after opening and saving them in LibreOffice (runs split
 * mid-placeholder, styles renamed, unused grid columns dropped) render the same form.
 * The fixtures are remade by {@code scripts/resave-templates-with-libreoffice.sh}.
 */
class EditedTemplatesTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());

  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void libreOfficeCopyRendersTheSameGrid(String id) throws Exception {
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    Path copy = Path.of("src/test/resources/templates/libreoffice/" + id + ".docx");
    assertThat(grid(catalog.resolve(id))).isEqualTo(grid(catalog.resolve(copy.toString())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void libreOfficeSplitThePlaceholdersIntoSeveralRuns(String id) throws Exception {
    byte[] docx = Files.readAllBytes(Path.of("src/test/resources/templates/libreoffice/" + id + ".docx"));
    String xml = new String(org.declgen.internal.ZipArchive.read(docx).get("word/document.xml"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xml).as("the fixture really exercises run joining").contains("<w:t>${</w:t>");
  }

  private static String grid(TemplateSet set) throws Exception {
    Renderer r = new Renderer(ENGINE, set);
    return DocxGrid.of(r.render(Samples.nansha(), EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX));
  }
}
