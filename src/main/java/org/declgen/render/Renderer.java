package org.declgen.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.render.docx.DocxRenderer;
import org.declgen.render.markdown.MarkdownRenderer;
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
  private Template markdown;

  public Renderer(TemplateEngine engine, TemplateSet templates) {
    this.engine = engine;
    this.templates = templates;
    this.messages = engine.messages();
  }

  /** Every requested output of one declaration, in memory; nothing is written. */
  public Map<OutputFormat, byte[]> render(Declaration declaration, Set<OutputFormat> formats)
      throws DiagnosticException {
    Map<String, Object> view = TemplateView.of(declaration);
    Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
    if (formats.contains(OutputFormat.DOCX)) {
      outputs.put(OutputFormat.DOCX, DocxRenderer.render(docx(), view));
    }
    if (formats.contains(OutputFormat.MD)) {
      outputs.put(OutputFormat.MD, markdown(view).getBytes(StandardCharsets.UTF_8));
    }
    return outputs;
  }

  /**
   * Labels of facts filled in this declaration that the Word template does not print (the 区级 form
   * has no 基本信息 row; the 市级 form one 指标值 column).
   */
  public List<String> unprintedFields(Declaration declaration) throws DiagnosticException {
    return UnprintedFields.of(DepartmentForm.FORM, declaration, docx().usage().usedPaths());
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
      docx = engine.compileDocx(templates.docxName(), templates.docx());
    }
    return docx;
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
