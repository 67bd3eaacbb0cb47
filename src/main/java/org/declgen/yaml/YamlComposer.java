package org.declgen.yaml;

import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into SnakeYAML's node tree only: nothing is ever constructed from tags, so a
 * {@code !!java…} tag cannot instantiate anything. Limits keep alias bombs, deep nesting and huge
 * inputs out, and every refusal, SnakeYAML's own limits included, says where it happened in the
 * user's language.
 */
final class YamlComposer {
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  /** Aliases to lists and groups (a declaration needs none; many are how alias bombs work). */
  static final int MAX_ALIASES = 20;

  /** Nesting of lists and groups; a declaration needs six levels. */
  static final int MAX_NESTING = 30;

  /** {@code \U} with eight hex digits beyond Unicode, which SnakeYAML cannot turn into text. */
  private static final Pattern LONG_ESCAPE = Pattern.compile("\\\\U([0-9A-Fa-f]{8})");

  private final Messages messages;

  YamlComposer(Messages messages) {
    this.messages = messages;
  }

  /** The document's root node, or null for an empty document. */
  Node compose(String file, SourceText source) throws DiagnosticException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMergeOnCompose(false);
    TrackingParser parser =
        new TrackingParser(
            new ParserImpl(new StreamReader(new StringReader(source.text())), options));
    try {
      return new Composer(parser, new Resolver(), options).getSingleNode();
    } catch (TrackingParser.TooManyNodes e) {
      throw refusal(
          at(file, e.mark()),
          "yaml.too-many-nodes",
          messages.get("yaml.too-many-nodes", TrackingParser.MAX_NODES),
          messages.get("yaml.hint.too-large"));
    } catch (MarkedYAMLException e) {
      throw new DiagnosticException(
          new MissingColon(source)
              .find(file, e, messages)
              .orElseGet(() -> translate(file, e, parser.lastMark())));
    } catch (YAMLException e) {
      throw new DiagnosticException(limit(file, e, parser.lastMark()));
    } catch (NumberFormatException e) {
      throw new DiagnosticException(escapeOutOfRange(file, source, parser.lastMark()));
    }
  }

  private Diagnostic translate(String file, MarkedYAMLException e, Mark last) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePosition at = at(file, mark != null ? mark : last);
    String problem = e.getProblem() == null ? oneLine(e.getMessage()) : e.getProblem();
    if (problem.startsWith("Global tag is not allowed")) {
      return Diagnostic.error(
          at, "yaml.tag", messages.get("yaml.tag-global"), messages.get("yaml.tag.hint"));
    }
    return Diagnostic.error(
        at,
        "yaml.syntax",
        messages.get("yaml.syntax", YamlProblems.describe(problem, e.getContext(), messages)),
        hintFor(problem));
  }

  /** SnakeYAML's limits, which it reports without a position: placed at the last event read. */
  private Diagnostic limit(String file, YAMLException e, Mark last) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    SourcePosition at = at(file, last);
    if (m.contains("number of aliases")) {
      return Diagnostic.error(
          at,
          "yaml.aliases",
          messages.get("yaml.aliases", MAX_ALIASES),
          messages.get("yaml.hint.alias"));
    }
    if (m.contains("nesting depth")) {
      return Diagnostic.error(
          at,
          "yaml.too-deep",
          messages.get("yaml.too-deep", MAX_NESTING),
          messages.get("yaml.too-deep.hint"));
    }
    if (m.contains("exceeds the limit")) {
      return Diagnostic.error(
          at,
          "yaml.too-large",
          messages.get("yaml.too-large-text", MAX_CODE_POINTS),
          messages.get("yaml.hint.too-large"));
    }
    return Diagnostic.error(
        at,
        "yaml.syntax",
        messages.get("yaml.syntax", messages.get(YamlProblems.key(m))),
        messages.get("yaml.hint.generic"));
  }

  /** {@code "\U80000000"}: SnakeYAML fails on it without saying where; this finds it. */
  private Diagnostic escapeOutOfRange(String file, SourceText source, Mark last) {
    int from = last == null ? 0 : source.offset(last);
    Matcher m = LONG_ESCAPE.matcher(source.text());
    SourcePosition at = at(file, last);
    while (m.find(from)) {
      if (Long.parseLong(m.group(1), 16) > Character.MAX_CODE_POINT) {
        at = source.position(m.start());
        break;
      }
      from = m.end();
    }
    return Diagnostic.error(
        at,
        "yaml.syntax",
        messages.get("yaml.syntax", messages.get("yaml.problem.escape-range")),
        messages.get("yaml.hint.escape"));
  }

  private static SourcePosition at(String file, Mark mark) {
    return mark == null
        ? new SourcePosition(file, 1, 1)
        : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static DiagnosticException refusal(
      SourcePosition at, String code, String message, String hint) {
    return new DiagnosticException(Diagnostic.error(at, code, message, hint));
  }

  private String hintFor(String problem) {
    String p = problem.toLowerCase(Locale.ROOT);
    if (p.contains("\\t(tab)")) {
      return messages.get("yaml.hint.tab");
    }
    if (p.contains("cannot start any token")) {
      return messages.get("yaml.hint.block-indicator");
    }
    if (p.contains("chomping")
        || p.contains("indentation indicator")
        || p.contains("block scalar")) {
      return messages.get("yaml.hint.block-indicator");
    }
    if (p.contains("duplicate key")) {
      return messages.get("yaml.hint.duplicate");
    }
    if (p.contains("alias")) {
      return messages.get("yaml.hint.alias");
    }
    if (p.contains("<stream end>")) {
      return messages.get("yaml.hint.unclosed");
    }
    if (p.contains("mapping values are not allowed")) {
      return messages.get("yaml.hint.colon");
    }
    if (p.contains("escape")) {
      return messages.get("yaml.hint.escape");
    }
    if (p.contains("document")) {
      return messages.get("yaml.hint.document");
    }
    return messages.get("yaml.hint.generic");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
