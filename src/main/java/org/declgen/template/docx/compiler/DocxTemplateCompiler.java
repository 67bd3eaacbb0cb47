package org.declgen.template.docx.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.internal.ZipArchive;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.docx.DocxSource;
import org.declgen.template.docx.TemplateUsage;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Compiles a Word document with FreeMarker markup typed into its text into one FreeMarker template
 * over {@code word/document.xml}.
 *
 * <p>A directive applies to the smallest part of the document that holds both its opening and
 * closing tags: the same paragraph (inline), paragraphs of one cell, a table row, a group of rows
 * of one table, or paragraphs and tables of the body. A paragraph that holds a single {@code ${…}}
 * becomes as many Word paragraphs as the value has lines. {@code <@vmerge/>} in a cell merges it
 * with the cell above while its value is unchanged.
 */
public final class DocxTemplateCompiler {
  private static final Pattern HEADER_OR_FOOTER = Pattern.compile("word/(header|footer)\\d*\\.xml");

  private final FreemarkerConfig freemarker;
  private final Messages messages;

  public DocxTemplateCompiler(FreemarkerConfig freemarker, Messages messages) {
    this.freemarker = freemarker;
    this.messages = messages;
  }

  /** Checks the markup and turns the document into FreeMarker source. */
  public DocxCompilation compile(String name, byte[] docx) throws DiagnosticException {
    Map<String, byte[]> parts = readPackage(name, docx);
    refuseMarkupInHeadersAndFooters(name, parts);
    Document document = parseDocument(name, parts.get(CompiledDocx.DOCUMENT_PART));
    MarkupCompilation c = new MarkupCompilation(freemarker, messages, name, document);
    c.run();
    TemplateSnippets.Assembled assembled = c.snippets.assemble(WordXml.serialize(document, true));
    DocxSource source =
        new DocxSource(
            assembled.ftl(),
            assembled.sourceMap(),
            c.blockStyles,
            new TemplateUsage(c.snippets.usage(), Set.of()));
    return new DocxCompilation(source, c.markup);
  }

  /** The package's parts other than the main document, as they are. */
  public Map<String, byte[]> otherParts(String name, byte[] docx) throws DiagnosticException {
    Map<String, byte[]> others = new LinkedHashMap<>(readPackage(name, docx));
    others.remove(CompiledDocx.DOCUMENT_PART);
    return others;
  }

  private Map<String, byte[]> readPackage(String name, byte[] docx) throws DiagnosticException {
    Map<String, byte[]> parts;
    try {
      parts = ZipArchive.read(docx);
    } catch (IOException e) {
      throw problem(name, "template.not-docx", e.getMessage());
    }
    if (!parts.containsKey(CompiledDocx.DOCUMENT_PART)) {
      throw problem(name, "template.not-docx", CompiledDocx.DOCUMENT_PART);
    }
    return parts;
  }

  /**
   * Only the body is filled; markup in a header or footer would be printed as typed, so it is an
   * error that says where it is rather than a surprise on paper.
   */
  private void refuseMarkupInHeadersAndFooters(String name, Map<String, byte[]> parts)
      throws DiagnosticException {
    List<Diagnostic> found = new ArrayList<>();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      Matcher m = HEADER_OR_FOOTER.matcher(part.getKey());
      if (!m.matches()) {
        continue;
      }
      for (Element p : WordXml.descendants(parseDocument(name, part.getValue()), "p")) {
        String text = new ParagraphText(p).text();
        if (text.contains("${") || text.contains("<#") || text.contains("<@")) {
          String where =
              messages.get("template.where." + m.group(1), TemplateLocations.shorten(text));
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

  private Document parseDocument(String name, byte[] xml) throws DiagnosticException {
    try {
      return WordXml.parse(xml);
    } catch (IOException e) {
      throw problem(name, "template.not-docx", e.getMessage());
    }
  }

  private DiagnosticException problem(String name, String key, Object... args) {
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(name),
            key,
            messages.get(key, args),
            messages.get(key + ".hint")));
  }
}
