package org.declgen.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.declgen.template.freemarker.TemplateFunctions;
import org.declgen.template.markup.TypedMarkup;

/**
 * The contract between a template and the declaration view, checked when the template is loaded:
 * every name the markup uses must exist ({@code 部门名 — did you mean 部门名称?}), and markup that could
 * reach outside the template (includes, {@code ?new}, {@code ?api}) is refused.
 */
final class TemplateContract {
  private static final Set<String> KEYWORDS =
      Set.of("as", "in", "using", "true", "false", "gt", "gte", "lt", "lte", "null");
  private static final Set<String> FORBIDDEN_BUILTINS =
      Set.of("new", "api", "eval", "interpret", "eval_json");
  private static final Set<String> FORBIDDEN_DIRECTIVES =
      Set.of("include", "import", "visit", "recurse", "setting");
  private static final Set<String> ENGINE_MACROS = Set.of("vmerge");
  private static final Pattern STRING =
      Pattern.compile("r?\"(?:[^\"\\\\]|\\\\.)*\"|r?'(?:[^'\\\\]|\\\\.)*'");
  private static final String ID = "[\\p{L}_$][\\p{L}\\p{N}_$@]*";
  private static final Pattern CHAIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_$@?.#])(" + ID + ")((?:\\s*\\.\\s*" + ID + ")*)(\\s*(?:\\(|=(?!=))?)");
  private static final Pattern BUILTIN = Pattern.compile("\\?\\s*(" + ID + ")");
  private static final Pattern LIST =
      Pattern.compile(
          "^<#list\\s+(.+?)\\s+as\\s+(" + ID + ")(?:\\s*,\\s*(" + ID + "))?\\s*>$", Pattern.DOTALL);
  private static final Pattern BINDING =
      Pattern.compile(
          "^<#(?:assign|global|local|items|macro|function)\\s+(.*?)/?>$", Pattern.DOTALL);

  private final ViewSchema view = ViewSchema.ofView();
  private final Messages messages;
  private final String file;
  private final Map<String, ViewSchema> loopVariables = new HashMap<>();
  private final Map<String, String> loopPaths = new HashMap<>();
  private final Set<String> freeNames = new LinkedHashSet<>();
  private final Set<String> used = new LinkedHashSet<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  TemplateContract(String file, Messages messages) {
    this.file = file;
    this.messages = messages;
    freeNames.addAll(TemplateFunctions.names());
  }

  /** Checks all markup of one template; returns the problems found (empty when it is sound). */
  List<Diagnostic> check(List<TypedMarkup> markup) {
    for (TypedMarkup m : markup) {
      bind(m);
    }
    for (TypedMarkup m : markup) {
      checkMarkup(m);
    }
    return problems;
  }

  /** The view paths the template prints or tests, e.g. {@code 年度重点工作任务[].名称}. */
  Set<String> usedPaths() {
    return used;
  }

  private void bind(TypedMarkup m) {
    Matcher list = LIST.matcher(m.text());
    if (list.matches()) {
      String item = list.group(2);
      loopVariables.put(item, list.group(3) == null ? null : ViewSchema.UNKNOWN);
      if (list.group(3) != null) {
        freeNames.add(item);
        freeNames.add(list.group(3));
      }
      return;
    }
    Matcher binding = BINDING.matcher(m.text());
    if (binding.matches()) {
      Matcher names =
          Pattern.compile("(?:^|\\s)(" + ID + ")")
              .matcher(STRING.matcher(binding.group(1)).replaceAll(" "));
      while (names.find()) {
        freeNames.add(names.group(1));
      }
    }
  }

  private void checkMarkup(TypedMarkup m) {
    String text = m.text();
    if (text.startsWith("<#") || text.startsWith("</#")) {
      String name = text.replaceFirst("^</?#", "").split("[\\s/>]", 2)[0];
      if (FORBIDDEN_DIRECTIVES.contains(name)) {
        problem(m, "template.contract.forbidden-directive", "<#" + name + ">");
        return;
      }
    }
    if (text.startsWith("<@") && !text.startsWith("<@vmerge")) {
      String macro = text.substring(2).split("[\\s/>]", 2)[0];
      if (!freeNames.contains(macro) && !ENGINE_MACROS.contains(macro)) {
        problem(m, "template.contract.unknown-macro", macro);
      }
    }
    Matcher list = LIST.matcher(text);
    if (list.matches()) {
      String listed = list.group(1).strip();
      ViewSchema node = resolve(m, listed);
      if (list.group(3) == null && loopVariables.get(list.group(2)) == null) {
        loopVariables.put(
            list.group(2),
            node.kind() == ViewSchema.Kind.LIST ? node.element() : ViewSchema.UNKNOWN);
        loopPaths.put(list.group(2), canonical(listed) + "[]");
      }
      return;
    }
    String expressions =
        text.startsWith("${")
            ? text.substring(2, text.length() - 1)
            : text.replaceFirst("^</?[#@]" + ID, "").replaceFirst("/?>$", "");
    scan(m, expressions);
  }

  private void scan(TypedMarkup m, String expression) {
    String code = STRING.matcher(expression).replaceAll(" ");
    Matcher builtin = BUILTIN.matcher(code);
    while (builtin.find()) {
      if (FORBIDDEN_BUILTINS.contains(builtin.group(1))) {
        problem(m, "template.contract.forbidden-builtin", "?" + builtin.group(1));
      }
    }
    Matcher chain = CHAIN.matcher(code);
    while (chain.find()) {
      String root = chain.group(1);
      String after = chain.group(3).strip();
      if (KEYWORDS.contains(root) || after.startsWith("=")) {
        continue;
      }
      if (after.startsWith("(") && chain.group(2).isEmpty()) {
        if (!freeNames.contains(root)) {
          problem(m, "template.contract.unknown-function", root);
        }
        continue;
      }
      resolve(m, root + chain.group(2).replaceAll("\\s", ""));
    }
  }

  /** Walks a dotted name through the view; reports the first step that does not exist. */
  private ViewSchema resolve(TypedMarkup m, String dotted) {
    if (!dotted.matches(ID + "(\\." + ID + ")*")) {
      scan(m, dotted);
      return ViewSchema.UNKNOWN;
    }
    String[] parts = dotted.split("\\.");
    ViewSchema node;
    if (loopVariables.containsKey(parts[0])) {
      node = loopVariables.get(parts[0]) == null ? ViewSchema.UNKNOWN : loopVariables.get(parts[0]);
    } else if (freeNames.contains(parts[0]) || parts[0].startsWith("_")) {
      return ViewSchema.UNKNOWN;
    } else if (view.children().containsKey(parts[0])) {
      node = view.children().get(parts[0]);
    } else {
      unknownName(m, parts[0], null, view.names());
      return ViewSchema.UNKNOWN;
    }
    for (int i = 1; i < parts.length; i++) {
      if (node.kind() == ViewSchema.Kind.UNKNOWN) {
        return node;
      }
      ViewSchema next = node.kind() == ViewSchema.Kind.HASH ? node.children().get(parts[i]) : null;
      if (next == null) {
        unknownName(m, parts[i], parts[i - 1], node.names());
        return ViewSchema.UNKNOWN;
      }
      node = next;
    }
    used.add(canonical(dotted));
    return node;
  }

  /**
   * The path with loop variables replaced by the list they walk: {@code 任务.名称} → {@code
   * 年度重点工作任务[].名称}.
   */
  private String canonical(String dotted) {
    int dot = dotted.indexOf('.');
    String root = dot < 0 ? dotted : dotted.substring(0, dot);
    String rest = dot < 0 ? "" : dotted.substring(dot);
    return loopPaths.getOrDefault(root, root) + rest;
  }

  private void unknownName(TypedMarkup m, String name, String parent, Set<String> candidates) {
    String hint =
        Suggestions.closest(name, candidates)
            .map(s -> messages.get("template.contract.did-you-mean", s))
            .orElse(
                candidates.isEmpty()
                    ? ""
                    : messages.get("template.contract.names", String.join("、", candidates)));
    String message =
        parent == null
            ? messages.get("template.contract.unknown-name", m.where(), m.text(), name)
            : messages.get("template.contract.unknown-member", m.where(), m.text(), parent, name);
    problems.add(Diagnostic.error(SourcePosition.ofFile(file), "template.contract", message, hint));
  }

  private void problem(TypedMarkup m, String key, String detail) {
    problems.add(
        Diagnostic.error(
            SourcePosition.ofFile(file),
            key,
            messages.get(key, m.where(), m.text(), detail),
            messages.get(key + ".hint")));
  }
}
