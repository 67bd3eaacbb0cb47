package org.declgen.yaml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Messages;

/**
 * SnakeYAML's problem descriptions in the user's language. Unknown ones are passed through as they
 * are, so nothing the parser says is lost.
 */
final class YamlProblems {
  /** A fragment of SnakeYAML's English problem text and the message key that explains it. */
  private static final Map<String, String> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("\\t(tab)", "yaml.problem.tab");
    KNOWN.put("mapping values are not allowed here", "yaml.problem.colon");
    KNOWN.put("could not find expected ':'", "yaml.problem.missing-colon");
    KNOWN.put("expected chomping or indentation indicators", "yaml.problem.block-indicator");
    KNOWN.put("did not find expected key", "yaml.problem.indentation");
    KNOWN.put("expected <block end>", "yaml.problem.indentation");
    KNOWN.put("did not find expected '-' indicator", "yaml.problem.indentation");
    KNOWN.put("found unexpected end of stream", "yaml.problem.unclosed");
    KNOWN.put("expected ',' or '}'", "yaml.problem.flow-mapping");
    KNOWN.put("expected ',' or ']'", "yaml.problem.flow-sequence");
    KNOWN.put("found undefined alias", "yaml.problem.alias");
    KNOWN.put("found unknown escape character", "yaml.problem.escape");
  }

  private static final Pattern BAD_START =
      Pattern.compile("found character '(.)' that cannot start any token");

  private YamlProblems() {}

  static String describe(String problem, Messages messages) {
    String p = problem.toLowerCase(Locale.ROOT);
    Matcher badStart = BAD_START.matcher(problem);
    if (badStart.find() && !p.contains("\\t(tab)")) {
      return messages.get("yaml.problem.token", badStart.group(1));
    }
    for (Map.Entry<String, String> known : KNOWN.entrySet()) {
      if (p.contains(known.getKey().toLowerCase(Locale.ROOT))) {
        return messages.get(known.getValue());
      }
    }
    return problem;
  }
}
