package org.declgen.template;

import freemarker.core.ParseException;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.template.docx.CompiledDocx;
import org.declgen.template.docx.DocxSource;
import org.declgen.template.docx.TemplateErrors;
import org.declgen.template.docx.compiler.DocxCompilation;
import org.declgen.template.docx.compiler.DocxTemplateCompiler;
import org.declgen.template.freemarker.FreemarkerConfig;
import org.declgen.template.markup.FullWidthMarkup;
import org.declgen.template.markup.MarkupToken;
import org.declgen.template.markup.MarkupTokenizer;
import org.declgen.template.markup.TypedMarkup;

/**
 * What every command uses to get templates ready: the one FreeMarker configuration, Word templates
 * compiled (and kept on disk between runs when a cache folder is given) and review Markdown
 * templates, both checked against the declaration view when they are loaded.
 */
public final class TemplateEngine {
  private final FreemarkerConfig freemarker = new FreemarkerConfig();
  private final Messages messages;
  private final Optional<CompiledDocxCache> cache;

  public TemplateEngine(Messages messages) {
    this(messages, Optional.empty());
  }

  /**
   * An engine that keeps compiled Word templates in {@code cacheDir} between runs (used only when
   * running from the jar).
   */
  public TemplateEngine(Messages messages, Optional<Path> cacheDir) {
    this.messages = messages;
    this.cache = cacheDir.flatMap(CompiledDocxCache::in);
  }

  public Messages messages() {
    return messages;
  }

  /**
   * Compiles a Word template (a .docx with markup typed in it) whose forms' pages the renderer
   * decides.
   */
  public CompiledDocx compileDocx(String name, byte[] docx) throws DiagnosticException {
    return compileDocx(name, docx, true);
  }

  /**
   * Compiles a Word template (a .docx with markup typed in it).
   *
   * @param paginate whether the renderer decides the pages of its forms, or leaves them to the
   *     office suite (a template's {@code pagination=off})
   */
  public CompiledDocx compileDocx(String name, byte[] docx, boolean paginate)
      throws DiagnosticException {
    Optional<String> key = cache.map(c -> c.key(name, docx, messages.locale(), paginate));
    Optional<DocxSource> kept = key.flatMap(k -> cache.get().find(k));
    if (kept.isEmpty()) {
      kept = ShippedDocx.find(name, docx, messages.locale(), paginate);
    }
    if (kept.isPresent()) {
      return load(name, kept.get());
    }
    Compiled compiled = compile(name, docx, paginate);
    key.ifPresent(k -> cache.get().store(k, compiled.source()));
    return compiled.template();
  }

  /**
   * Compiles a built-in Word template into {@code dir} for the jar to ship (see {@link
   * ShippedDocx}); run by the build.
   */
  public void ship(Path dir, String name, byte[] docx, boolean paginate)
      throws DiagnosticException, IOException {
    DocxSource source = compile(name, docx, paginate).source();
    ShippedDocx.write(dir, name, docx, messages.locale(), paginate, source);
  }

  /** A freshly compiled Word template and what the cache keeps of it. */
  private record Compiled(DocxSource source, CompiledDocx template) {}

  /** Compiles the document, parses the source and checks its markup against the view. */
  private Compiled compile(String name, byte[] docx, boolean paginate) throws DiagnosticException {
    DocxCompilation compilation =
        new DocxTemplateCompiler(freemarker, messages).compile(name, docx, paginate);
    CompiledDocx parsed = load(name, compilation.source());
    TemplateContract contract = new TemplateContract(name, messages, parsed.document());
    List<Diagnostic> broken = contract.check(compilation.markup());
    if (!broken.isEmpty()) {
      throw new DiagnosticException(broken);
    }
    DocxSource source = compilation.source().withUsedPaths(contract.usedPaths());
    return new Compiled(source, parsed.withUsage(source.usage()));
  }

  /** Parses generated source into the template that renders; no docx4j, no zip reading. */
  private CompiledDocx load(String name, DocxSource source) throws DiagnosticException {
    TemplateErrors errors = new TemplateErrors(name, source.sourceMap(), source.ftl(), messages);
    Template template;
    try {
      template = freemarker.xmlTemplate(name, new StringReader(source.ftl()));
    } catch (ParseException e) {
      throw new DiagnosticException(errors.describe(e));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string failed", e);
    }
    return new CompiledDocx(
        name,
        template,
        source.skeleton(),
        source.blockStyles(),
        errors,
        source.usage(),
        source.layout());
  }

  /**
   * A review Markdown template, checked against the view like a Word template; its interpolations
   * escape what would break Markdown tables.
   */
  public Template markdownTemplate(String name, String source)
      throws IOException, DiagnosticException {
    Lines lines = new Lines(source);
    List<Diagnostic> slips = new ArrayList<>();
    for (FullWidthMarkup.Slip s : FullWidthMarkup.find(source)) {
      String where = messages.get("template.where.line", lines.of(s.start()));
      slips.add(s.diagnostic(name, where, messages));
    }
    if (!slips.isEmpty()) {
      throw new DiagnosticException(slips);
    }
    Template template = freemarker.markdownTemplate(name, new StringReader(source));
    List<TypedMarkup> markup = new ArrayList<>();
    try {
      for (MarkupToken t : MarkupTokenizer.tokenize(source)) {
        if (t.kind() != MarkupToken.Kind.COMMENT) {
          markup.add(new TypedMarkup(t, messages.get("template.where.line", lines.of(t.start()))));
        }
      }
    } catch (MarkupTokenizer.MarkupException e) {
      // FreeMarker has parsed the template, so this is markup the tokenizer reads differently.
    }
    List<Diagnostic> broken = new TemplateContract(name, messages, template).check(markup);
    if (!broken.isEmpty()) {
      throw new DiagnosticException(broken);
    }
    return template;
  }

  /** Line numbers of offsets in a text, counted on from the last offset asked about. */
  private static final class Lines {
    private final String text;
    private int offset;
    private int line = 1;

    Lines(String text) {
      this.text = text;
    }

    int of(int at) {
      if (at < offset) {
        offset = 0;
        line = 1;
      }
      for (; offset < at; offset++) {
        if (text.charAt(offset) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
