package org.declgen.yaml;

import java.io.StringReader;
import java.util.Locale;
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
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into SnakeYAML's node tree only: nothing is ever constructed from tags, so a
 * {@code !!java…} tag cannot instantiate anything. Limits keep alias bombs and huge inputs out.
 */
final class YamlComposer {
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
  private static final int MAX_ALIASES = 20;
  private static final int MAX_NESTING = 30;

  private final Messages messages;

  YamlComposer(Messages messages) {
    this.messages = messages;
  }

  /** The document's root node, or null for an empty document. */
  Node compose(String file, SourceText source) throws DiagnosticException {
    String text = source.text();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMergeOnCompose(false);
    try {
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options),
              new Resolver(),
              options);
      return composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      if (String.valueOf(e.getProblem()).startsWith("Global tag is not allowed")) {
        Mark m = e.getProblemMark();
        throw new DiagnosticException(
            Diagnostic.error(
                new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1),
                "yaml.tag",
                messages.get("yaml.tag-global"),
                messages.get("yaml.tag.hint")));
      }
      throw new DiagnosticException(translate(file, e));
    } catch (ReaderException e) {
      throw new DiagnosticException(controlCharacter(file, text, e));
    } catch (YAMLException e) {
      if (String.valueOf(e.getMessage()).contains("Number of aliases")) {
        throw new DiagnosticException(
            Diagnostic.error(
                SourcePosition.ofFile(file),
                "yaml.aliases",
                messages.get("yaml.aliases", MAX_ALIASES),
                messages.get("yaml.hint.alias")));
      }
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(file),
              "yaml.syntax",
              messages.get("yaml.syntax", oneLine(e.getMessage())),
              limitHint(e.getMessage())));
    }
  }

  private Diagnostic translate(String file, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePosition at =
        mark == null
            ? SourcePosition.ofFile(file)
            : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    String problem = e.getProblem() == null ? oneLine(e.getMessage()) : e.getProblem();
    return Diagnostic.error(
        at,
        "yaml.syntax",
        messages.get("yaml.syntax", oneLine(YamlProblems.describe(problem, messages))),
        hintFor(problem));
  }

  private Diagnostic controlCharacter(String file, String text, ReaderException e) {
    int offset = e.getPosition();
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    String code = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
    return Diagnostic.error(
        new SourcePosition(file, line, column),
        "yaml.control-character",
        messages.get("yaml.control-character", code),
        messages.get("yaml.control-character.hint"));
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
    return messages.get("yaml.hint.generic");
  }

  private String limitHint(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return m.contains("exceeds the limit")
        ? messages.get("yaml.hint.too-large")
        : messages.get("yaml.hint.generic");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
