package org.declgen.pipeline;

import java.util.Optional;
import org.declgen.diag.SourcePosition;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.yaml.LoadedDeclaration;

/**
 * Which template a declaration is checked, rendered, shown and compared with. One rule, for every
 * command: {@code -t} on the command line, else the declaration's own {@code 模板}, else {@code 模板}
 * in the declgen.yaml that applies, else gz-district.
 *
 * @param spec a template id, folder or .docx, as {@code -t} takes it
 * @param namedAt where a file names it (the declaration or a settings file); empty for the command
 *     line and the default
 */
public record TemplateChoice(String spec, Optional<SourcePosition> namedAt) {
  public static final TemplateChoice DEFAULT =
      new TemplateChoice(TemplateCatalog.DEFAULT_ID, Optional.empty());

  /** The template for one declaration, by the rule above. */
  public static TemplateChoice of(
      Optional<String> commandLine,
      Optional<ProjectSettings.Named> declared,
      ProjectSettings settings) {
    return commandLine
        .map(TemplateChoice::commandLine)
        .or(() -> declared.map(TemplateChoice::named))
        .or(() -> settings.template().map(TemplateChoice::named))
        .orElse(DEFAULT);
  }

  /** For a file that has no declaration yet ({@code init}): the command line, else the folder's. */
  public static TemplateChoice of(Optional<String> commandLine, ProjectSettings settings) {
    return of(commandLine, Optional.empty(), settings);
  }

  public static TemplateChoice commandLine(String spec) {
    return new TemplateChoice(spec, Optional.empty());
  }

  /** The {@code 模板} a declaration read from a file names, and where. */
  public static Optional<ProjectSettings.Named> declared(LoadedDeclaration loaded) {
    String path = DepartmentForm.TEMPLATE.label();
    return named(loaded.declaration())
        .map(t -> new ProjectSettings.Named(t, loaded.sourceMap().positionOf(path)));
  }

  /** The {@code 模板} of a declaration that was not read from YAML (an imported form). */
  public static Optional<ProjectSettings.Named> declared(Declaration d, String file) {
    return named(d).map(t -> new ProjectSettings.Named(t, SourcePosition.ofFile(file)));
  }

  private static Optional<String> named(Declaration d) {
    return Optional.ofNullable(d.template()).map(String::strip).filter(t -> !t.isEmpty());
  }

  private static TemplateChoice named(ProjectSettings.Named n) {
    return new TemplateChoice(n.value(), Optional.of(n.position()));
  }
}
