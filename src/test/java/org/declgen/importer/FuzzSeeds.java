package org.declgen.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;

/** The sources the campaign damages: the sample as each kind of source import reads. */
final class FuzzSeeds {
  /** One seed source; {@code kind} is its extension. */
  record Seed(int index, String kind, byte[] bytes) {}

  private FuzzSeeds() {}

  static List<Seed> all() throws Exception {
    Declaration sample = Samples.nansha();
    return List.of(
        new Seed(0, "docx", render(sample, "gz-district")),
        new Seed(1, "docx", render(sample, "gd-municipal")),
        new Seed(
            2,
            "docx",
            Files.readAllBytes(
                Path.of("src/test/resources/import/nansha-gz-district-libreoffice.docx"))),
        new Seed(3, "xlsx", XlsxImportTest.municipal()),
        new Seed(
            4, "md", Files.readAllBytes(Path.of("src/test/resources/import/nansha-seed.txt"))));
  }

  private static byte[] render(Declaration d, String template) throws Exception {
    Messages messages = Messages.chinese();
    Renderer renderer =
        new Renderer(
            new TemplateEngine(messages),
            new TemplateCatalog(Path.of("."), messages).resolve(template));
    return renderer.render(d, EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX);
  }
}
