package org.declgen.pipeline;

import java.util.Map;
import java.util.function.Supplier;
import org.declgen.form.IndicatorFramework;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateSet;

/**
 * A template found and ready: its files, the indicator framework its form follows, and the renderer
 * that compiles it once for the whole run (made on first use: {@code check} never renders).
 */
public final class ResolvedTemplate {
  private final TemplateSet set;
  private final IndicatorFramework framework;
  private final Supplier<TemplateEngine> engine;
  private final Map<String, String> environment;
  private Renderer renderer;

  ResolvedTemplate(
      TemplateSet set, Supplier<TemplateEngine> engine, Map<String, String> environment) {
    this.set = set;
    this.framework = frameworkOf(set);
    this.engine = engine;
    this.environment = environment;
  }

  /** The framework the checks hold a declaration of this template to: the template's own. */
  static IndicatorFramework frameworkOf(TemplateSet set) {
    return set.form().framework();
  }

  public TemplateSet set() {
    return set;
  }

  public String id() {
    return set.id();
  }

  public IndicatorFramework framework() {
    return framework;
  }

  /** The review Markdown template's text, so that an error in it is quoted. */
  Source markdownSource() {
    return new Source(set.markdownName(), set.markdown());
  }

  public synchronized Renderer renderer() {
    if (renderer == null) {
      renderer = new Renderer(engine.get(), set, environment);
    }
    return renderer;
  }
}
