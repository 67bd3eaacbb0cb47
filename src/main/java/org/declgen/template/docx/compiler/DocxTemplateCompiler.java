package org.declgen.template.docx.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.DocxSource;
import org.declgen.template.docx.TemplateUsage;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Compiles a Word document with FreeMarker markup typed into its text into one FreeMarker template
 * over its main document part; the rest of its package becomes the skeleton of every output.
 *
 * <p>A directive applies to the smallest part of the document that holds both its opening and
 * closing tags: the same paragraph (inline), paragraphs of one cell, a table row, a group of rows
 * of one table, or paragraphs and tables of the body. A paragraph that holds a single {@code ${…}}
 * becomes as many Word paragraphs as the value has lines. {@code <@vmerge/>} in a cell merges it
 * with the cell above while its value is unchanged.
 */
public final class DocxTemplateCompiler {
  private final FreemarkerConfig freemarker;
  private final Messages messages;

  public DocxTemplateCompiler(FreemarkerConfig freemarker, Messages messages) {
    this.freemarker = freemarker;
    this.messages = messages;
  }

  /**
   * Checks the markup and turns the document into FreeMarker source.
   *
   * @param paginate whether the renderer decides the pages of the forms (reading the print layout
   *     from the template), or leaves them to the office suite
   */
  public DocxCompilation compile(String name, byte[] docx, boolean paginate)
      throws DiagnosticException {
    TemplatePackage pkg = TemplatePackage.open(name, docx, messages);
    refuseMarkupInHeadersAndFooters(name, pkg);
    Document document = parseXml(name, pkg.mainPartName(), pkg.mainPart());
    StyleSheet styles = paginate ? styles(name, pkg, document) : null;
    MarkupCompilation body = MarkupCompilation.of(document, freemarker, messages, name, styles);
    DocxSource source =
        new DocxSource(
            body.ftl(),
            body.sourceMap(),
            body.blockStyles(),
            new TemplateUsage(body.usage(), Set.of()),
            pkg.skeleton(),
            body.layout());
    return new DocxCompilation(source, body.markup());
  }

  private StyleSheet styles(String name, TemplatePackage pkg, Document document)
      throws DiagnosticException {
    Element body = WordXml.firstChild(document.getDocumentElement(), "body");
    Element section = body == null ? null : WordXml.firstChild(body, "sectPr");
    Optional<TemplatePackage.Styles> part = pkg.styles();
    try {
      return StyleSheet.of(part.map(TemplatePackage.Styles::xml).orElse(null), section);
    } catch (IOException e) {
      throw parseProblem(name, part.get().entry(), e);
    }
  }

  /**
   * Only the body is filled; markup in a header or footer would be printed as typed, so it is an
   * error that says where it is rather than a surprise on paper.
   */
  private void refuseMarkupInHeadersAndFooters(String name, TemplatePackage pkg)
      throws DiagnosticException {
    List<Diagnostic> found = new ArrayList<>();
    for (TemplatePackage.Margin margin : pkg.headersAndFooters()) {
      for (Element p : WordXml.descendants(parseXml(name, margin.entry(), margin.xml()), "p")) {
        String text = new ParagraphText(p).text();
        if (text.contains("${") || text.contains("<#") || text.contains("<@")) {
          String where =
              messages.get("template.where." + margin.kind(), TemplateLocations.shorten(text));
          found.add(
              Diagnostic.error(
                  SourcePosition.ofFile(name),
                  "template.header-markup",
                  messages.get("template.header-markup", where),
                  messages.get("template.header-markup.hint")));
        }
      }
    }
    if (!found.isEmpty()) {
      throw new DiagnosticException(found);
    }
  }

  private Document parseXml(String name, String part, byte[] xml) throws DiagnosticException {
    try {
      return WordXml.parse(xml);
    } catch (IOException e) {
      throw parseProblem(name, part, e);
    }
  }

  private DiagnosticException parseProblem(String name, String part, IOException e) {
    String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(name),
            "template.not-docx",
            messages.get("template.not-docx", messages.get("template.package.bad-xml", part, why)),
            messages.get("template.package.bad-xml.hint")));
  }
}
