package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;
import org.declgen.form.DepartmentForm;
import org.declgen.form.IndicatorFramework;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;

/**
 * The text {@code init} writes: the canonical YAML of an empty declaration (so {@code init} and
 * {@code import} agree on the shape) with one blank task and the template's indicator framework,
 * and a comment on each field saying how to fill it.
 */
public final class NewDeclaration {
  private NewDeclaration() {}

  /**
   * @param template the template to record in the file ({@code 模板}), or null to record none
   */
  public static Declaration empty(
      String department, String template, IndicatorFramework framework) {
    List<IndicatorCategory> categories = new ArrayList<>();
    framework
        .levels()
        .forEach(
            (l1, subs) ->
                categories.add(
                    new IndicatorCategory(
                        l1,
                        subs.stream().map(s -> new IndicatorSubcategory(s, List.of())).toList())));
    return Declaration.builder()
        .template(template)
        .department(department)
        .tasks(List.of(Task.BLANK))
        .indicators(categories)
        .build();
  }

  public static String yaml(
      String department, String template, IndicatorFramework framework, String schemaReference) {
    return FormWriter.init(
        DepartmentForm.FORM, empty(department, template, framework), schemaReference);
  }
}
