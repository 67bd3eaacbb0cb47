package org.declgen.template;

import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;

/**
 * The one FreeMarker configuration of the process, set up once and never changed, locked down for
 * templates that may come from other offices: no {@code ?new} of arbitrary classes, no {@code
 * ?api}, no includes (templates are self-contained files).
 */
public final class TemplateEngine {
  static final Version VERSION = Configuration.VERSION_2_3_34;

  private final Configuration configuration;
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
    Configuration cfg = new Configuration(VERSION);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTagSyntax(Configuration.ANGLE_BRACKET_TAG_SYNTAX);
    cfg.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateLoader(null);
    cfg.setLocalizedLookup(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    cfg.setObjectWrapper(wrapper.build());
    TemplateFunctions.all().forEach(cfg::setSharedVariable);
    this.configuration = cfg;
  }

  public Messages messages() {
    return messages;
  }

  /** Compiles a Word template (a .docx with markup typed in it). */
  public CompiledDocx compileDocx(String name, byte[] docx) throws DiagnosticException {
    DocxTemplateCompiler compiler = new DocxTemplateCompiler(this, messages);
    if (cache.isEmpty()) {
      return compiler.compile(name, docx);
    }
    String key = cache.get().key(name, docx, messages.locale());
    Optional<DocxTemplateCompiler.Generated> kept = cache.get().find(key);
    if (kept.isPresent()) {
      return compiler.load(name, docx, kept.get());
    }
    DocxTemplateCompiler.Generated generated = compiler.generate(name, docx);
    CompiledDocx compiled = compiler.load(name, docx, generated);
    cache.get().store(key, generated);
    return compiled;
  }

  /** FreeMarker's complaint about an interpolation typed on its own, if it does not parse. */
  Optional<String> syntaxError(String interpolation) {
    try {
      new Template("markup", interpolation, configuration);
      return Optional.empty();
    } catch (ParseException e) {
      String first = TemplateErrors.clean(e.getEditorMessage()).lines().findFirst().orElse("");
      return Optional.of(first.replaceFirst(",? but was expecting.*$", ""));
    } catch (IOException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  Template xmlTemplate(String name, Reader source) throws IOException {
    return template(name, source, XMLOutputFormat.INSTANCE);
  }

  /**
   * A review Markdown template, checked against the view like a Word template; its interpolations
   * escape what would break Markdown tables.
   */
  public Template markdownTemplate(String name, String source)
      throws IOException, DiagnosticException {
    List<TemplateContract.Markup> markup = new ArrayList<>();
    try {
      for (MarkupToken t : MarkupTokenizer.tokenize(source)) {
        if (t.kind() != MarkupToken.Kind.COMMENT) {
          markup.add(
              new TemplateContract.Markup(
                  t.text(), messages.get("template.where.line", lineOf(source, t.start()))));
        }
      }
    } catch (MarkupTokenizer.MarkupException e) {
      // FreeMarker's own parser reports malformed markup with its line and column.
    }
    List<Diagnostic> broken = new TemplateContract(name, messages).check(markup);
    if (!broken.isEmpty()) {
      throw new DiagnosticException(broken);
    }
    return template(name, new StringReader(source), MarkdownOutputFormat.INSTANCE);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private Template template(String name, Reader source, OutputFormat format) throws IOException {
    TemplateConfiguration tc = new TemplateConfiguration();
    tc.setParentConfiguration(configuration);
    tc.setOutputFormat(format);
    tc.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    Template t = new Template(name, null, source, configuration, tc, null);
    tc.apply(t);
    return t;
  }
}
