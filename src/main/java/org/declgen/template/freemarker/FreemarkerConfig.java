package org.declgen.template.freemarker;

import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of the process, set up once and never changed, locked down for
 * templates that may come from other offices: no {@code ?new} of arbitrary classes, no {@code
 * ?api}, no includes (templates are self-contained files).
 */
public final class FreemarkerConfig {
  private static final String LOGGER_LIBRARY = "org.freemarker.loggerLibrary";

  static {
    // FreeMarker would otherwise look for a logging library by loading classes that are not there,
    // which opens every jar on the class path (about 30 ms at each start), and then log through
    // java.util.logging to the user's console. declgen reports template problems itself.
    if (System.getProperty(LOGGER_LIBRARY) == null) {
      System.setProperty(LOGGER_LIBRARY, "none");
    }
  }

  static final Version VERSION = Configuration.VERSION_2_3_34;

  private final Configuration configuration;

  public FreemarkerConfig() {
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
    cfg.setCustomNumberFormats(Map.of(AmountNumberFormat.NAME, new AmountNumberFormat.Factory()));
    cfg.setNumberFormat("@" + AmountNumberFormat.NAME);
    cfg.setArithmeticEngine(new AmountArithmetic());
    cfg.setBooleanFormat("c");
    cfg.setTemplateLoader(null);
    cfg.setLocalizedLookup(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    cfg.setObjectWrapper(wrapper.build());
    TemplateFunctions.all().forEach(cfg::setSharedVariable);
    this.configuration = cfg;
  }

  /** FreeMarker's complaint about an interpolation typed on its own, if it does not parse. */
  public Optional<String> syntaxError(String interpolation) {
    try {
      new Template("markup", interpolation, configuration);
      return Optional.empty();
    } catch (ParseException e) {
      String first = FreemarkerMessages.firstLine(e);
      return Optional.of(first.replaceFirst(",? but was expecting.*$", ""));
    } catch (IOException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * A template over WordprocessingML: interpolated values are escaped for XML, line breaks kept.
   */
  public Template xmlTemplate(String name, Reader source) throws IOException {
    return template(name, source, WordTextOutputFormat.INSTANCE);
  }

  /**
   * A review Markdown template: interpolated values are escaped so they stay in their table cell.
   */
  public Template markdownTemplate(String name, Reader source) throws IOException {
    return template(name, source, MarkdownOutputFormat.INSTANCE);
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
