package org.declgen.pipeline;

import java.util.Optional;
import org.declgen.diag.SourcePosition;
import org.declgen.template.catalog.TemplateCatalog;

/**
 * Which template a declaration is checked and rendered with. One rule, for every command: {@code
 * -t} on the command line, else {@code 模板} in the declgen.yaml that applies, else gz-district.
 *
 * @param spec a template id, folder or .docx, as {@code -t} takes it
 * @param namedAt where a settings file names it; empty for the command line and the default
 */
public record TemplateChoice(String spec, Optional<SourcePosition> namedAt) {
  public static final TemplateChoice DEFAULT =
      new TemplateChoice(TemplateCatalog.DEFAULT_ID, Optional.empty());

  /**
   * The template for one declaration. A {@code 模板} key in the declaration itself (planned) ranks
   * between the command line and the settings file, and is added here.
   */
  public static TemplateChoice of(Optional<String> commandLine, ProjectSettings settings) {
    return commandLine
        .map(TemplateChoice::commandLine)
        .or(
            () ->
                settings
                    .template()
                    .map(t -> new TemplateChoice(t.value(), Optional.of(t.position()))))
        .orElse(DEFAULT);
  }

  public static TemplateChoice commandLine(String spec) {
    return new TemplateChoice(spec, Optional.empty());
  }
}
