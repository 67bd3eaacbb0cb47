package org.declgen.template.freemarker;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonExtendedHashException;
import freemarker.core.NonHashException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.UnexpectedTypeException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Messages;
import org.declgen.diag.Suggestions;
import org.declgen.template.markup.ExpressionLexer;
import org.declgen.template.markup.ExpressionLexer.Kind;
import org.declgen.template.markup.ExpressionLexer.Token;
import org.declgen.template.view.ViewSchema;

/**
 * A render-time failure of one expression, told in the user's words: {@code x.名字} has no value (did
 * you mean 名称?), or {@code 指标.二级指标} is a list where text is printed. These are the names the
 * load-time contract cannot follow, such as a variable assigned from {@code 年度重点工作任务[0]}.
 */
final class FailedExpression {
  /** FreeMarker's description of the value it got: "… has evaluated to a sequence (…)". */
  private static final Pattern EVALUATED_TO =
      Pattern.compile("evaluated to (?:an? )?([a-z_+]+)", Pattern.CASE_INSENSITIVE);

  private final TemplateException failure;
  private final Messages messages;
  private final String expression;

  private FailedExpression(TemplateException failure, Messages messages) {
    this.failure = failure;
    this.messages = messages;
    this.expression = failure.getBlamedExpressionString();
  }

  /** The explanation, for the failures whose cause declgen knows. */
  static Optional<String> explain(TemplateException e, Messages messages) {
    if (e.getBlamedExpressionString() == null) {
      return Optional.empty();
    }
    FailedExpression f = new FailedExpression(e, messages);
    if (e instanceof InvalidReferenceException) {
      return Optional.of(f.missing());
    }
    if (e instanceof UnexpectedTypeException) {
      return f.expected().map(f::wrongType);
    }
    return Optional.empty();
  }

  private String missing() {
    String problem = messages.get("template.error.missing", expression);
    List<Token> tokens = ExpressionLexer.tokens(expression);
    Token last = tokens.get(tokens.size() - 1);
    Set<String> candidates = last.kind() == Kind.NAME ? candidates(tokens) : Set.of();
    Optional<String> closest =
        candidates.contains(last.text())
            ? Optional.empty()
            : Suggestions.closest(last.text(), candidates);
    String hint =
        closest
            .map(s -> messages.get("template.contract.did-you-mean", s))
            .orElse(messages.get("template.error.missing.optional", expression));
    return problem + "\n" + hint;
  }

  /**
   * The names that could have been meant by the last name of the expression: the members of what
   * comes before it when that can still be looked up (data and assigned variables), else every name
   * of the declaration's view.
   */
  private Set<String> candidates(List<Token> tokens) {
    Set<String> names = new LinkedHashSet<>();
    Environment env = failure.getEnvironment();
    if (env != null) {
      try {
        if (tokens.size() == 1) {
          env.getKnownVariableNames().forEach(n -> names.add(String.valueOf(n)));
        } else {
          names.addAll(namesIn(valueOf(tokens.subList(0, tokens.size() - 2), env)));
        }
      } catch (TemplateModelException e) {
        names.clear();
      }
    }
    if (names.isEmpty()) {
      names.addAll(ViewSchema.ofView().allNames());
    }
    return names;
  }

  /** The names a hash holds; none for anything else. */
  private static List<String> namesIn(TemplateModel value) throws TemplateModelException {
    List<String> names = new ArrayList<>();
    if (value instanceof TemplateHashModelEx hash) {
      for (TemplateModelIterator keys = hash.keys().iterator(); keys.hasNext(); ) {
        if (keys.next() instanceof TemplateScalarModel key) {
          names.add(key.getAsString());
        }
      }
    }
    return names;
  }

  /**
   * The value of a plain path ({@code x}, {@code a.b}, {@code a[0].b}) as the data and the
   * template's assigned variables hold it once rendering has stopped; null when it is anything else
   * or cannot be looked up any more (a loop variable).
   */
  private static TemplateModel valueOf(List<Token> path, Environment env)
      throws TemplateModelException {
    if (path.isEmpty() || path.get(0).kind() != Kind.NAME) {
      return null;
    }
    TemplateModel value = env.getVariable(path.get(0).text());
    for (int i = 1; i < path.size() && value != null; i++) {
      Token t = path.get(i);
      if (t.kind() == Kind.DOT
          && i + 1 < path.size()
          && path.get(i + 1).kind() == Kind.NAME
          && value instanceof TemplateHashModel hash) {
        value = hash.get(path.get(++i).text());
      } else if (t.is(Kind.OPEN, "[")
          && i + 2 < path.size()
          && path.get(i + 1).kind() == Kind.NUMBER
          && path.get(i + 2).is(Kind.CLOSE, "]")
          && value instanceof TemplateSequenceModel list) {
        int index = Integer.parseInt(path.get(i + 1).text());
        value = index < list.size() ? list.get(index) : null;
        i += 2;
      } else {
        return null;
      }
    }
    return value;
  }

  /** What the failed place needed, by the kind of FreeMarker's complaint. */
  private Optional<String> expected() {
    String kind;
    if (failure instanceof NonStringException
        || failure instanceof NonStringOrTemplateOutputException) {
      kind = "value";
    } else if (failure instanceof NonNumericalException) {
      kind = "number";
    } else if (failure instanceof NonBooleanException) {
      kind = "boolean";
    } else if (failure instanceof NonSequenceException
        || failure instanceof NonSequenceOrCollectionException) {
      kind = "list";
    } else if (failure instanceof NonHashException || failure instanceof NonExtendedHashException) {
      kind = "hash";
    } else {
      return Optional.empty();
    }
    return Optional.of(kind);
  }

  private String wrongType(String expected) {
    String needed = messages.get("template.kind." + expected);
    Optional<String> actual = actualKind();
    String problem =
        actual
            .map(a -> messages.get("template.error.wrong-type", expression, kindName(a), needed))
            .orElse(messages.get("template.error.wrong-type.unknown", expression, needed));
    if (actual.filter("list"::equals).isPresent() && !expected.equals("list")) {
      return problem + "\n" + messages.get("template.error.wrong-type.list", expression);
    }
    if (actual.filter("hash"::equals).isPresent() && expected.equals("value")) {
      List<String> names = memberNames();
      if (!names.isEmpty()) {
        return problem
            + "\n"
            + messages.get(
                "template.error.wrong-type.hash", expression, names.get(0), messages.list(names));
      }
    }
    return problem;
  }

  /** The names in the failed value, when it can still be looked up. */
  private List<String> memberNames() {
    try {
      Environment env = failure.getEnvironment();
      return env == null ? List.of() : namesIn(valueOf(ExpressionLexer.tokens(expression), env));
    } catch (TemplateModelException e) {
      return List.of();
    }
  }

  private String kindName(String kind) {
    return messages.get("template.kind." + kind);
  }

  /**
   * What the value really is, read from FreeMarker's description of it: the only place FreeMarker
   * tells it, and the value may be a loop variable that cannot be looked up again.
   */
  private Optional<String> actualKind() {
    Matcher m = EVALUATED_TO.matcher(String.valueOf(failure.getMessageWithoutStackTop()));
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(List.of(m.group(1).toLowerCase(Locale.ROOT).split("\\+")));
    if (parts.contains("sequence") || parts.contains("collection")) {
      return Optional.of("list");
    }
    if (parts.contains("string") || parts.contains("number") || parts.contains("date")) {
      return Optional.of("value");
    }
    if (parts.contains("boolean")) {
      return Optional.of("boolean");
    }
    if (parts.stream().anyMatch(p -> p.contains("hash"))) {
      return Optional.of("hash");
    }
    return Optional.empty();
  }
}
