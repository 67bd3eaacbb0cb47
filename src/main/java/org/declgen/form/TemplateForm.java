package org.declgen.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * The form a template prints and the indicator framework its declarations are checked against, as
 * its {@code template.properties} declares them, so a template copied to another folder keeps both:
 *
 * <pre>
 * form=部门整体
 * framework.1=产出指标：数量指标、质量指标、时效指标
 * framework.2=效益指标：经济效益指标、社会效益指标、生态效益指标
 * </pre>
 *
 * One {@code framework.N} line per 一级, numbered in the form's order; its 二级 after the colon,
 * separated by 、 or commas ({@code java.util.Properties} keeps no order, the numbers do).
 *
 * @param form the form the template prints
 * @param framework the standard 一级 → 二级 labels
 */
public record TemplateForm(FormDescription<?> form, IndicatorFramework framework) {
  public static final String FORM_KEY = "form";
  public static final String FRAMEWORK_KEY = "framework";

  private static final Pattern FRAMEWORK_LINE = Pattern.compile("framework\\.(\\d+)");
  private static final Pattern COLON = Pattern.compile("[：:]");
  private static final Pattern SEPARATOR = Pattern.compile("[、,，]");

  /** True when the properties declare a framework of their own. */
  public static boolean declaresFramework(Properties p) {
    return p.stringPropertyNames().stream().anyMatch(k -> FRAMEWORK_LINE.matcher(k).matches());
  }

  /**
   * The form and framework the properties declare. A template that names no form prints the 部门整体
   * form; one that declares no framework takes {@code fallback}'s.
   *
   * @param id the template's id, as messages name the framework
   * @param file the properties file as messages name it
   */
  public static TemplateForm parse(
      String id, String file, Properties p, Optional<TemplateForm> fallback, Messages messages)
      throws DiagnosticException {
    String kind = p.getProperty(FORM_KEY, DepartmentForm.KIND).strip();
    FormDescription<?> form =
        FormKinds.find(kind)
            .orElseThrow(
                () ->
                    problem(
                        file,
                        messages,
                        "template.form.unknown-kind",
                        kind,
                        messages.list(FormKinds.names())));
    if (!declaresFramework(p) && fallback.isPresent()) {
      return new TemplateForm(form, fallback.get().framework());
    }
    return new TemplateForm(form, new IndicatorFramework(id, levels(file, p, messages)));
  }

  private static Map<String, List<String>> levels(String file, Properties p, Messages messages)
      throws DiagnosticException {
    Map<Integer, String> lines = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      Matcher m = FRAMEWORK_LINE.matcher(key);
      if (m.matches()) {
        lines.put(Integer.parseInt(m.group(1)), key);
      }
    }
    Map<String, List<String>> levels = new LinkedHashMap<>();
    for (String key : lines.values()) {
      String value = p.getProperty(key).strip();
      String[] parts = COLON.split(value, 2);
      String level1 = parts[0].strip();
      if (parts.length < 2 || level1.isEmpty() || levels.containsKey(level1)) {
        throw problem(file, messages, "template.form.bad-framework", key, value);
      }
      List<String> level2 = new ArrayList<>();
      for (String s : SEPARATOR.split(parts[1])) {
        if (!s.isBlank()) {
          level2.add(s.strip());
        }
      }
      levels.put(level1, level2);
    }
    return levels;
  }

  private static DiagnosticException problem(
      String file, Messages messages, String key, Object... args) {
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(file),
            key,
            messages.get(key, args),
            messages.get(key + ".hint", args)));
  }
}
