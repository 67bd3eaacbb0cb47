package org.declgen.render.docx;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.declgen.diag.DiagnosticException;
import org.declgen.internal.StringBuilderWriter;
import org.declgen.render.docx.pages.PageFlow;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.docx.RuntimeModel;

/** Fills a compiled Word template with one declaration's view and packs the .docx. */
public final class DocxRenderer {
  private DocxRenderer() {}

  /** The .docx bytes; the same inputs always give the same bytes. */
  public static byte[] render(CompiledDocx template, Map<String, Object> view)
      throws DiagnosticException {
    return render(template, DeflatedSkeleton.of(template.skeleton()), view);
  }

  /**
   * As {@link #render(CompiledDocx, Map)}, with the template's skeleton compressed beforehand, for
   * every form of a run.
   */
  public static byte[] render(
      CompiledDocx template, DeflatedSkeleton skeleton, Map<String, Object> view)
      throws DiagnosticException {
    byte[] document = documentXml(template, view).getBytes(StandardCharsets.UTF_8);
    return DocxPackageWriter.write(skeleton, document);
  }

  /**
   * The filled main document part; when the template carries a print layout, with the pages decided
   * by {@link PageFlow}.
   */
  public static String documentXml(CompiledDocx template, Map<String, Object> view)
      throws DiagnosticException {
    PageFlow pages = template.layout() == null ? null : new PageFlow(template.layout());
    Map<String, Object> root = RuntimeModel.root(template, view, new DocxRuntime(pages));
    // Unsynchronised, unlike StringWriter; String.getBytes then takes the JDK's fast UTF-8 path.
    Writer xml = pages == null ? new StringBuilderWriter(64 * 1024) : pages;
    try {
      template.document().process(root, xml);
    } catch (TemplateException e) {
      throw new DiagnosticException(template.errors().describe(e));
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string failed", e);
    }
    return pages == null ? xml.toString() : pages.document();
  }
}
