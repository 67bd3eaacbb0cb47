package org.declgen.yaml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Messages;
import org.declgen.diag.Quoting;

/**
 * SnakeYAML's problem descriptions in the user's language. Every problem SnakeYAML's scanner,
 * parser and composer can report has a translation here ({@code YamlProblemsTest} holds the list);
 * one SnakeYAML adds later gets a plain "cannot read this" rather than English.
 */
final class YamlProblems {
  /** What SnakeYAML says while scanning (its context) and the message key that explains it. */
  private static final Map<String, String> CONTEXTS = new LinkedHashMap<>();

  /** A fragment of SnakeYAML's English problem text and the message key that explains it. */
  private static final Map<String, String> KNOWN = new LinkedHashMap<>();

  static {
    CONTEXTS.put("while scanning an anchor", "yaml.problem.anchor");
    CONTEXTS.put("while scanning an alias", "yaml.problem.anchor");
    CONTEXTS.put("while scanning a tag", "yaml.problem.tag");
    CONTEXTS.put("while scanning a directive", "yaml.problem.directive");
    CONTEXTS.put("while scanning a yaml directive", "yaml.problem.directive");

    KNOWN.put("\\t(tab)", "yaml.problem.tab");
    KNOWN.put("mapping values are not allowed here", "yaml.problem.colon");
    KNOWN.put("could not find expected ':'", "yaml.problem.missing-colon");
    KNOWN.put("a simple key is required only", "yaml.problem.indentation");
    KNOWN.put("expected chomping or indentation indicators", "yaml.problem.block-indicator");
    KNOWN.put("expected indentation indicator", "yaml.problem.block-indicator");
    KNOWN.put("did not find expected key", "yaml.problem.indentation");
    KNOWN.put("but found ']'", "yaml.problem.extra-bracket");
    KNOWN.put("but found '}'", "yaml.problem.extra-bracket");
    KNOWN.put("expected <block end>", "yaml.problem.indentation");
    KNOWN.put("did not find expected '-' indicator", "yaml.problem.indentation");
    KNOWN.put("found unexpected end of stream", "yaml.problem.unclosed");
    KNOWN.put("expected ',' or '}'", "yaml.problem.flow-mapping");
    KNOWN.put("expected ',' or ']'", "yaml.problem.flow-sequence");
    KNOWN.put("found undefined alias", "yaml.problem.alias");
    KNOWN.put("found unknown escape character", "yaml.problem.escape");
    KNOWN.put("expected escape sequence of", "yaml.problem.escape-digits");
    KNOWN.put("sequence entries are not allowed here", "yaml.problem.dash");
    KNOWN.put("mapping keys are not allowed here", "yaml.problem.question");
    KNOWN.put("expected the node content", "yaml.problem.no-value");
    KNOWN.put("expected a comment or a line break", "yaml.problem.trailing");
    KNOWN.put("expected '<document start>'", "yaml.problem.extra");
    KNOWN.put("found unexpected document separator", "yaml.problem.document");
    KNOWN.put("expected a single document", "yaml.problem.document");
    KNOWN.put("but found another document", "yaml.problem.document");
    KNOWN.put("found duplicate yaml directive", "yaml.problem.directive");
    KNOWN.put("found incompatible yaml document", "yaml.problem.directive");
    KNOWN.put("found a number which cannot represent a valid version", "yaml.problem.directive");
    KNOWN.put("expected a digit", "yaml.problem.directive");
    KNOWN.put("expected alphabetic or numeric character", "yaml.problem.directive");
    KNOWN.put("duplicate tag handle", "yaml.problem.tag");
    KNOWN.put("found undefined tag handle", "yaml.problem.tag");
    KNOWN.put("expected '!'", "yaml.problem.tag");
    KNOWN.put("expected '>'", "yaml.problem.tag");
    KNOWN.put("expected uri", "yaml.problem.tag");
    KNOWN.put("expected ' ', but found", "yaml.problem.tag");
    KNOWN.put("unexpected character found", "yaml.problem.anchor");
    KNOWN.put("special characters are not allowed", "yaml.problem.control-character");
    KNOWN.put("expected mapping node or an anchor referencing mapping", "yaml.problem.merge");
  }

  private static final Pattern BAD_START =
      Pattern.compile("found character '(.+)' that cannot start any token");

  private YamlProblems() {}

  /**
   * @param problem SnakeYAML's problem text
   * @param context what SnakeYAML was reading ({@code while scanning a tag}), or null
   */
  static String describe(String problem, String context, Messages messages) {
    String p = problem.toLowerCase(Locale.ROOT);
    Matcher badStart = BAD_START.matcher(problem);
    if (badStart.find() && !p.contains("\\t(tab)")) {
      return messages.get("yaml.problem.token", Quoting.value(badStart.group(1)));
    }
    String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> known : CONTEXTS.entrySet()) {
      if (c.startsWith(known.getKey())) {
        return messages.get(known.getValue());
      }
    }
    return messages.get(key(p));
  }

  /** The message key for a problem; {@code yaml.problem.other} for one not known. */
  static String key(String lowerCaseProblem) {
    for (Map.Entry<String, String> known : KNOWN.entrySet()) {
      if (lowerCaseProblem.contains(known.getKey())) {
        return known.getValue();
      }
    }
    return "yaml.problem.other";
  }
}
