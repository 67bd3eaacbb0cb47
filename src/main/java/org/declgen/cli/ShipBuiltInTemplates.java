package org.declgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.DiagnosticFormatter;
import org.declgen.diag.Messages;
import org.declgen.internal.FileTrees;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.template.catalog.TemplateSet;

/**
 * Run by the build (pom.xml, process-classes): {@code ShipBuiltInTemplates DIR} compiles every
 * built-in Word template, in each language of the messages, into DIR among the classes, whence the
 * jar ships them. A built-in template that does not compile fails the build.
 */
public final class ShipBuiltInTemplates {
  private ShipBuiltInTemplates() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    FileTrees.delete(dir);
    Path noProject = Files.createTempDirectory("declgen-built-in");
    try {
      for (Messages messages : List.of(Messages.chinese(), Messages.english())) {
        TemplateEngine engine = new TemplateEngine(messages);
        for (TemplateSet t : new TemplateCatalog(noProject, messages).list()) {
          engine.ship(dir, t.docxName(), t.docx(), t.paginate());
        }
      }
    } catch (DiagnosticException e) {
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      DiagnosticFormatter formatter =
          new DiagnosticFormatter(Messages.chinese(), file -> List.of());
      e.diagnostics().forEach(d -> err.print(formatter.format(d)));
      err.flush();
      System.exit(1);
    } finally {
      FileTrees.deleteQuietly(noProject);
    }
  }
}
