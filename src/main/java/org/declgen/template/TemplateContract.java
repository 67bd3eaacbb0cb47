package org.declgen.template;

import freemarker.core.Macro;
import freemarker.template.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.declgen.template.freemarker.TemplateFunctions;
import org.declgen.template.markup.ExpressionLexer;
import org.declgen.template.markup.ExpressionLexer.Kind;
import org.declgen.template.markup.ExpressionLexer.Token;
import org.declgen.template.markup.MarkupToken;
import org.declgen.template.markup.TypedMarkup;
import org.declgen.template.view.ViewSchema;

/**
 * The contract between a template and the declaration view, checked when the template is loaded:
 * every name the markup uses must exist ({@code 部门名 — did you mean 部门名称?}), and markup that could
 * reach outside the template (includes, {@code ?new}, {@code ?api}) is refused.
 *
 * <p>What FreeMarker's parse of the template tells through its API is taken from it: the macros and
 * functions the template defines, and their parameters. The names an expression reads are not
 * exposed by FreeMarker (its expression nodes are internal), so they are read from the markup as
 * typed, token by token ({@link ExpressionLexer}).
 */
final class TemplateContract {
  private static final Set<String> KEYWORDS =
      Set.of("as", "in", "using", "true", "false", "gt", "gte", "lt", "lte", "null");
  private static final Set<String> FORBIDDEN_BUILTINS =
      Set.of("new", "api", "eval", "interpret", "eval_json");
  private static final Set<String> FORBIDDEN_DIRECTIVES =
      Set.of("include", "import", "visit", "recurse", "setting");
  private static final Set<String> ENGINE_MACROS = Set.of("vmerge");

  /** The special variable that changes at every render, so that no output could be reproduced. */
  private static final String NOW = "now";

  private static final Set<String> ASSIGNMENTS = Set.of("assign", "global", "local");

  /** Directives whose first name is what they define, not a name they read. */
  private static final Set<String> DEFINITIONS = Set.of("macro", "function");

  private final ViewSchema view = ViewSchema.ofView();
  private final Messages messages;
  private final String file;
  private final Set<String> macros = new LinkedHashSet<>();
  private final Set<String> loopVariables = new HashSet<>();

  /**
   * The {@code <#list>} and {@code <#items>} the markup being checked is inside, innermost first.
   */
  private final Deque<Loop> open = new ArrayDeque<>();

  private final Set<String> freeNames = new LinkedHashSet<>();
  private final Set<String> used = new LinkedHashSet<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  /**
   * One {@code <#list>} or {@code <#items>} being checked: its loop variable (null when it binds
   * none or a key and a value), what each item is, and the view path of the list, e.g. {@code
   * 年度重点工作任务[]}.
   */
  private record Loop(
      TypedMarkup markup, String listed, String variable, ViewSchema item, String path) {}

  /** A contract for {@code template}, as FreeMarker parsed it from the markup to check. */
  TemplateContract(String file, Messages messages, Template template) {
    this.file = file;
    this.messages = messages;
    freeNames.addAll(TemplateFunctions.names());
    for (Object defined : template.getMacros().values()) {
      Macro macro = (Macro) defined;
      (macro.isFunction() ? freeNames : macros).add(macro.getName());
      freeNames.addAll(Arrays.asList(macro.getArgumentNames()));
      if (macro.getCatchAll() != null) {
        freeNames.add(macro.getCatchAll());
      }
    }
  }

  /** Checks all markup of one template; returns the problems found (empty when it is sound). */
  List<Diagnostic> check(List<TypedMarkup> markup) {
    for (TypedMarkup m : markup) {
      bind(m.token());
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

  /** Notes the names a piece of markup binds: loop variables, assigned variables, lambdas. */
  private void bind(MarkupToken t) {
    List<Token> tokens = tokensOf(t);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).kind() == Kind.NAME && tokens.get(i + 1).kind() == Kind.ARROW) {
        freeNames.add(tokens.get(i).text());
      }
    }
    if (t.kind() == MarkupToken.Kind.CLOSE || t.isMacroCall()) {
      return;
    }
    List<String> loop = namesAfterAs(tokens);
    if (t.name().equals("list") && loop.size() == 1) {
      loopVariables.add(loop.get(0));
    } else if (t.name().equals("list") || t.name().equals("items")) {
      freeNames.addAll(loop);
      loop.stream().findFirst().ifPresent(loopVariables::add);
    } else if (ASSIGNMENTS.contains(t.name())) {
      freeNames.addAll(assignedNames(tokens));
    }
  }

  private void checkMarkup(TypedMarkup m) {
    MarkupToken t = m.token();
    if (t.kind() != MarkupToken.Kind.INTERPOLATION && !t.isMacroCall()) {
      if (FORBIDDEN_DIRECTIVES.contains(t.name())) {
        problem(m, "template.contract.forbidden-directive", "<#" + t.name() + ">");
        return;
      }
      if (t.name().equals("list") || t.name().equals("items")) {
        if (t.kind() == MarkupToken.Kind.CLOSE) {
          open.poll();
        } else if (t.name().equals("list")) {
          checkList(m, tokensOf(t));
        } else {
          checkItems(m, tokensOf(t));
        }
        return;
      }
      if (DEFINITIONS.contains(t.name()) && t.kind() != MarkupToken.Kind.CLOSE) {
        List<Token> head = tokensOf(t);
        scan(m, head.subList(Math.min(1, head.size()), head.size()));
        return;
      }
    }
    if (t.isMacroCall()
        && t.kind() != MarkupToken.Kind.CLOSE
        && !macros.contains(t.bareName())
        && !ENGINE_MACROS.contains(t.bareName())) {
      problem(m, "template.contract.unknown-macro", t.bareName());
    }
    scan(m, tokensOf(t));
  }

  /** {@code <#list 年度重点工作任务 as 任务>}: what the loop variable stands for. */
  private void checkList(TypedMarkup m, List<Token> tokens) {
    int as = indexOfAs(tokens);
    List<Token> listed = as < 0 ? tokens : tokens.subList(0, as);
    List<String> loop = namesAfterAs(tokens);
    List<String> chain = chain(listed, 0);
    ViewSchema node = ViewSchema.UNKNOWN;
    if (!chain.isEmpty() && chain.size() * 2 - 1 == listed.size()) {
      node = resolve(m, chain);
    } else {
      scan(m, listed);
    }
    ViewSchema item = node.kind() == ViewSchema.Kind.LIST ? node.element() : ViewSchema.UNKNOWN;
    String path = canonical(String.join(".", chain)) + "[]";
    String listedText = String.join(".", chain);
    open.push(new Loop(m, listedText, loop.size() == 1 ? loop.get(0) : null, item, path));
  }

  /** {@code <#list 年度重点工作任务><#items as 任务>}: the items of the list it is in. */
  private void checkItems(TypedMarkup m, List<Token> tokens) {
    List<String> names = namesAfterAs(tokens);
    Loop list = open.peek();
    open.push(
        list == null || names.size() != 1
            ? new Loop(m, "", null, ViewSchema.UNKNOWN, "")
            : new Loop(list.markup(), list.listed(), names.get(0), list.item(), list.path()));
  }

  /** Checks every name an expression reads and every built-in it calls. */
  private void scan(TypedMarkup m, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == Kind.BUILT_IN) {
        if (FORBIDDEN_BUILTINS.contains(token.text())) {
          problem(m, "template.contract.forbidden-builtin", "?" + token.text());
        }
        continue;
      }
      if (isSpecialVariable(tokens, i) && token.text().equals(NOW)) {
        problem(m, "template.contract.now", "." + NOW);
        continue;
      }
      if (token.kind() != Kind.NAME
          || KEYWORDS.contains(token.text())
          || i > 0 && tokens.get(i - 1).kind() == Kind.DOT) {
        continue;
      }
      List<String> chain = chain(tokens, i);
      i += chain.size() * 2 - 2;
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (next != null && (next.kind() == Kind.ASSIGN || next.kind() == Kind.ARROW)) {
        continue;
      }
      if (next != null && next.is(Kind.OPEN, "(") && chain.size() == 1) {
        if (!freeNames.contains(chain.get(0))) {
          problem(m, "template.contract.unknown-function", chain.get(0));
        }
        continue;
      }
      resolve(m, chain);
    }
  }

  /**
   * True for the name of {@code .now}, {@code .locale}, …: a name right after a dot that follows no
   * value (it starts the expression, or an operator, bracket or separator comes before it).
   */
  private static boolean isSpecialVariable(List<Token> tokens, int i) {
    if (tokens.get(i).kind() != Kind.NAME || i == 0 || tokens.get(i - 1).kind() != Kind.DOT) {
      return false;
    }
    if (i == 1) {
      return true;
    }
    Kind before = tokens.get(i - 2).kind();
    return before != Kind.NAME
        && before != Kind.CLOSE
        && before != Kind.STRING
        && before != Kind.NUMBER
        && before != Kind.BUILT_IN;
  }

  /** Walks a dotted name through the view; reports the first step that does not exist. */
  private ViewSchema resolve(TypedMarkup m, List<String> parts) {
    String root = parts.get(0);
    Optional<Loop> loop = loopOf(root);
    ViewSchema node;
    if (loop.isPresent()) {
      node = loop.get().item();
    } else if (loopVariables.contains(root)) {
      // a loop variable used outside its loop, e.g. by a macro the loop calls
      node = ViewSchema.UNKNOWN;
    } else if (freeNames.contains(root) || root.startsWith("_")) {
      return ViewSchema.UNKNOWN;
    } else if (view.children().containsKey(root)) {
      node = view.children().get(root);
    } else {
      unknownName(m, root, null, view.names());
      return ViewSchema.UNKNOWN;
    }
    for (int i = 1; i < parts.size(); i++) {
      if (node.kind() == ViewSchema.Kind.UNKNOWN) {
        return node;
      }
      ViewSchema next =
          node.kind() == ViewSchema.Kind.HASH ? node.children().get(parts.get(i)) : null;
      if (next == null) {
        Optional<String> otherList =
            i == 1 && loop.isPresent() ? listWhoseItemsHave(parts.get(i)) : Optional.empty();
        if (otherList.isPresent() && !otherList.get().equals(loop.get().listed())) {
          wrongList(m, loop.get(), parts.get(i), otherList.get());
        } else {
          unknownName(m, parts.get(i), parts.get(i - 1), node.names());
        }
        return ViewSchema.UNKNOWN;
      }
      node = next;
    }
    used.add(canonical(String.join(".", parts)));
    return node;
  }

  /** The innermost loop that binds {@code variable} around the markup being checked. */
  private Optional<Loop> loopOf(String variable) {
    return open.stream().filter(l -> variable.equals(l.variable())).findFirst();
  }

  /** The list of the view whose every item has {@code member}, e.g. 绩效指标行 for 三级指标. */
  private Optional<String> listWhoseItemsHave(String member) {
    return view.children().entrySet().stream()
        .filter(e -> e.getValue().kind() == ViewSchema.Kind.LIST)
        .filter(e -> e.getValue().element().children().containsKey(member))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The path with loop variables replaced by the list they walk: {@code 任务.名称} → {@code
   * 年度重点工作任务[].名称}.
   */
  private String canonical(String dotted) {
    int dot = dotted.indexOf('.');
    String root = dot < 0 ? dotted : dotted.substring(0, dot);
    String rest = dot < 0 ? "" : dotted.substring(dot);
    return loopOf(root).map(Loop::path).orElse(root) + rest;
  }

  private static List<Token> tokensOf(MarkupToken t) {
    return switch (t.kind()) {
      case INTERPOLATION -> ExpressionLexer.tokens(t.expression());
      case COMMENT, CLOSE -> List.of();
      default -> ExpressionLexer.tokens(t.parameters());
    };
  }

  /** The names of a dotted chain starting at {@code start}: {@code 任务 . 名称} → [任务, 名称]. */
  private static List<String> chain(List<Token> tokens, int start) {
    List<String> names = new ArrayList<>();
    if (start >= tokens.size() || tokens.get(start).kind() != Kind.NAME) {
      return names;
    }
    names.add(tokens.get(start).text());
    for (int i = start + 1;
        i + 1 < tokens.size()
            && tokens.get(i).kind() == Kind.DOT
            && tokens.get(i + 1).kind() == Kind.NAME;
        i += 2) {
      names.add(tokens.get(i + 1).text());
    }
    return names;
  }

  /** Where {@code as} separates what a {@code list} or {@code items} walks from its variables. */
  private static int indexOfAs(List<Token> tokens) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
      if (depth == 0 && token.is(Kind.NAME, "as")) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> namesAfterAs(List<Token> tokens) {
    int as = indexOfAs(tokens);
    List<String> names = new ArrayList<>();
    for (int i = as + 1; as >= 0 && i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Kind.NAME) {
        names.add(tokens.get(i).text());
      }
    }
    return names;
  }

  /** {@code <#assign 合计 = …>}, {@code <#assign a = 1 b = 2>}, {@code <#assign 段落>…}. */
  private static List<String> assignedNames(List<Token> tokens) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
      boolean assigned = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.ASSIGN;
      if (depth == 0 && token.kind() == Kind.NAME && (assigned || tokens.size() == 1)) {
        names.add(token.text());
      }
    }
    return names;
  }

  private void unknownName(TypedMarkup m, String name, String parent, Set<String> candidates) {
    String hint =
        Suggestions.closest(name, candidates)
            .map(s -> messages.get("template.contract.did-you-mean", s))
            .orElse(
                candidates.isEmpty()
                    ? ""
                    : messages.get("template.contract.names", messages.list(candidates)));
    String message =
        parent == null
            ? messages.get("template.contract.unknown-name", m.where(), m.text(), name)
            : messages.get("template.contract.unknown-member", m.where(), m.text(), parent, name);
    problems.add(Diagnostic.error(SourcePosition.ofFile(file), "template.contract", message, hint));
  }

  /** {@code <#list 绩效指标 as 指标>${指标.三级指标}}: the items of another list have that name. */
  private void wrongList(TypedMarkup m, Loop loop, String member, String otherList) {
    String message =
        messages.get(
            "template.contract.wrong-list",
            m.where(),
            m.text(),
            loop.variable(),
            member,
            loop.markup().text(),
            loop.markup().where());
    String hint =
        messages.get(
            "template.contract.wrong-list.hint",
            "<#list " + otherList + " as " + loop.variable() + ">",
            loop.listed(),
            otherList,
            member);
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
