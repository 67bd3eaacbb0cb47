package org.declgen.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.DepartmentForm;
import org.declgen.form.PrintedValues;
import org.declgen.model.Declaration;
import org.declgen.render.docx.DeflatedSkeleton;
import org.declgen.render.docx.DocxRenderer;
import org.declgen.render.markdown.MarkdownRenderer;
import org.declgen.render.pdf.PdfPrinter;
import org.declgen.render.pdf.PrintException;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateSet;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.view.TemplateView;

/**
 * Renders declarations with one template set. Templates are compiled once, on first use, and reused
 * for every declaration of the run.
 */
public final class Renderer {
  private final TemplateEngine engine;
  private final TemplateSet templates;
  private final Messages messages;
  private CompiledDocx docx;
  private DeflatedSkeleton skeleton;
  private Template markdown;
  private PdfPrinter printer;

  /**
   * The environment tells where LibreOffice is, for PDF output ({@code PATH}, {@code
   * DECLGEN_SOFFICE}).
   */
  private final Map<String, String> environment;

  public Renderer(TemplateEngine engine, TemplateSet templates) {
    this(engine, templates, System.getenv());
  }

  public Renderer(TemplateEngine engine, TemplateSet templates, Map<String, String> environment) {
    this.engine = engine;
    this.templates = templates;
    this.messages = engine.messages();
    this.environment = Map.copyOf(environment);
  }

  /** Every requested output of one declaration, in memory; nothing is written. */
  public Map<OutputFormat, byte[]> render(Declaration declaration, Set<OutputFormat> formats)
      throws DiagnosticException {
    Map<String, Object> view = TemplateView.of(declaration);
    Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
    byte[] word = null;
    if (formats.contains(OutputFormat.DOCX) || formats.contains(OutputFormat.PDF)) {
      word = DocxRenderer.render(docx(), skeleton(), view);
    }
    if (formats.contains(OutputFormat.DOCX)) {
      outputs.put(OutputFormat.DOCX, word);
    }
    if (formats.contains(OutputFormat.MD)) {
      outputs.put(OutputFormat.MD, markdown(view).getBytes(StandardCharsets.UTF_8));
    }
    if (formats.contains(OutputFormat.PDF)) {
      outputs.put(OutputFormat.PDF, print(word));
    }
    return outputs;
  }

  /**
   * Fails early, before any form is rendered, when an output cannot be made on this machine (a PDF
   * without LibreOffice).
   */
  public void requireOutputs(Set<OutputFormat> formats) throws DiagnosticException {
    if (formats.contains(OutputFormat.PDF)) {
      printer();
    }
  }

  /** As {@link #requireOutputs(Set)}, before any template is chosen. */
  public static void requireOutputs(
      Set<OutputFormat> formats, Map<String, String> environment, Messages messages)
      throws DiagnosticException {
    if (formats.contains(OutputFormat.PDF) && PdfPrinter.find(environment).isEmpty()) {
      throw noOffice(messages, environment);
    }
  }

  private byte[] print(byte[] word) throws DiagnosticException {
    PdfPrinter office = printer();
    try {
      return office.print(word);
    } catch (PrintException e) {
      String key =
          switch (e.reason()) {
            case TIMEOUT -> "pdf.timeout";
            case FAILED -> "pdf.failed";
            case NO_OUTPUT -> "pdf.no-output";
          };
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(office.office().toString()),
              key,
              messages.get(key, e.getMessage()),
              messages.get(key + ".hint")));
    }
  }

  private synchronized PdfPrinter printer() throws DiagnosticException {
    if (printer == null) {
      printer = PdfPrinter.find(environment).orElseThrow(() -> noOffice(messages, environment));
    }
    return printer;
  }

  private static DiagnosticException noOffice(Messages messages, Map<String, String> environment) {
    Optional<String> broken = PdfPrinter.brokenOverride(environment);
    if (broken.isPresent()) {
      return new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile("DECLGEN_SOFFICE"),
              "pdf.override-missing",
              messages.get("pdf.override-missing", broken.get()),
              messages.get("pdf.override-missing.hint")));
    }
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile("LibreOffice"),
            "pdf.no-office",
            messages.get("pdf.no-office"),
            messages.get("pdf.no-office.hint")));
  }

  /**
   * Labels of facts filled in this declaration that the Word template does not print (the 区级 form
   * has no 基本信息 row; the 市级 form one 指标值 column).
   */
  public List<String> unprintedFields(Declaration declaration) throws DiagnosticException {
    return UnprintedFields.of(DepartmentForm.FORM, declaration, docx().usage().usedPaths());
  }

  /** Which of the indicator table's value columns the Word template prints. */
  public PrintedValues printedValues() throws DiagnosticException {
    return UnprintedFields.printedValues(
        templates.id(), DepartmentForm.FORM, docx().usage().usedPaths());
  }

  /** The template set this renderer renders with. */
  public TemplateSet templates() {
    return templates;
  }

  public String markdown(Declaration declaration) throws DiagnosticException {
    return markdown(TemplateView.of(declaration));
  }

  private String markdown(Map<String, Object> view) throws DiagnosticException {
    return MarkdownRenderer.render(markdownTemplate(), new HashMap<>(view), messages);
  }

  public synchronized CompiledDocx docx() throws DiagnosticException {
    if (docx == null) {
      docx = engine.compileDocx(templates.docxName(), templates.docx(), templates.paginate());
    }
    return docx;
  }

  private synchronized DeflatedSkeleton skeleton() throws DiagnosticException {
    if (skeleton == null) {
      skeleton = DeflatedSkeleton.of(docx().skeleton());
    }
    return skeleton;
  }

  public synchronized Template markdownTemplate() throws DiagnosticException {
    if (markdown == null) {
      try {
        markdown = engine.markdownTemplate(templates.markdownName(), templates.markdown());
      } catch (ParseException e) {
        throw new DiagnosticException(
            Diagnostic.error(
                new SourcePosition(
                    templates.markdownName(), e.getLineNumber(), e.getColumnNumber()),
                "template.error",
                messages.get("template.markdown-error", e.getEditorMessage()),
                messages.get("template.error.hint")));
      } catch (IOException e) {
        throw new IllegalStateException("reading a string failed", e);
      }
    }
    return markdown;
  }
}
