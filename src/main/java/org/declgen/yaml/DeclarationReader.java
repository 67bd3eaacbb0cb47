package org.declgen.yaml;

import static org.declgen.model.Labels.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.model.Amount;
import org.declgen.model.BasicInfo;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a declaration YAML file into the model. Every problem found is reported with its file, line
 * and column; a file with any error yields no declaration at all.
 */
public final class DeclarationReader {
  /** Declarations are a few kilobytes; anything this large is not one. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private final Messages messages;

  public DeclarationReader(Messages messages) {
    this.messages = messages;
  }

  public LoadedDeclaration read(Path file) throws DiagnosticException, IOException {
    return read(file, file.toString());
  }

  /** Reads {@code file}, naming it {@code name} in diagnostics and the source map. */
  public LoadedDeclaration read(Path file, String name) throws DiagnosticException, IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(name),
              "yaml.too-large",
              messages.get("yaml.too-large", size / 1024, MAX_FILE_BYTES / 1024),
              messages.get("yaml.hint.too-large")));
    }
    return read(name, Files.readAllBytes(file));
  }

  public LoadedDeclaration read(String file, byte[] bytes) throws DiagnosticException {
    String text = Utf8Text.decode(file, bytes, messages);
    Node root = new YamlComposer(messages).compose(file, text);
    NodeReader nodes = new NodeReader(file, messages);
    Declaration declaration = new Walk(nodes).declaration(root, file);
    if (nodes.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      throw new DiagnosticException(nodes.diagnostics());
    }
    return new LoadedDeclaration(declaration, nodes.sourceMap(), text.lines().toList());
  }

  /** One pass over one file's node tree. */
  private final class Walk {
    private final NodeReader nodes;

    Walk(NodeReader nodes) {
      this.nodes = nodes;
    }

    Declaration declaration(Node root, String file) throws DiagnosticException {
      if (root == null || nodes.isNull(root)) {
        throw new DiagnosticException(
            Diagnostic.error(
                SourcePosition.ofFile(file),
                "yaml.empty",
                messages.get("yaml.empty"),
                messages.get("yaml.empty.hint")));
      }
      MappingNode mapping = nodes.mapping(root, "");
      if (mapping == null) {
        throw new DiagnosticException(nodes.diagnostics());
      }
      Map<String, NodeReader.Entry> e = nodes.entries(mapping, "", ROOT_KEYS);
      return new Declaration(
          text(e, DEPARTMENT, ""),
          text(e, YEAR, ""),
          basicInfo(e.get(BASIC_INFO)),
          budget(e.get(BUDGET)),
          text(e, OVERALL_GOAL, ""),
          tasks(e.get(TASKS)),
          text(e, OTHER_TASKS, ""),
          indicators(e.get(INDICATORS)));
    }

    private String text(Map<String, NodeReader.Entry> entries, String key, String path) {
      NodeReader.Entry entry = entries.get(key);
      return entry == null ? null : nodes.text(entry.value(), NodeReader.join(path, key));
    }

    private Amount amount(Map<String, NodeReader.Entry> entries, String key, String path) {
      NodeReader.Entry entry = entries.get(key);
      if (entry == null) {
        return Amount.BLANK;
      }
      String keyPath = NodeReader.join(path, key);
      String text = nodes.text(entry.value(), keyPath);
      if (text == null) {
        return Amount.BLANK;
      }
      return AmountParser.parse(text)
          .orElseGet(
              () -> {
                nodes.error(
                    entry.value(), "yaml.bad-amount", "yaml.bad-amount.hint", keyPath, text);
                return Amount.BLANK;
              });
    }

    private Map<String, NodeReader.Entry> mapping(
        NodeReader.Entry entry, String path, List<String> allowed) {
      if (entry == null || nodes.isNull(entry.value())) {
        return Map.of();
      }
      MappingNode m = nodes.mapping(entry.value(), path);
      return m == null ? Map.of() : nodes.entries(m, path, allowed);
    }

    private BasicInfo basicInfo(NodeReader.Entry entry) {
      Map<String, NodeReader.Entry> e =
          mapping(entry, BASIC_INFO, List.of(FUNDED_STAFF, SUBORDINATE_UNITS));
      return new BasicInfo(
          text(e, FUNDED_STAFF, BASIC_INFO), text(e, SUBORDINATE_UNITS, BASIC_INFO));
    }

    private Budget budget(NodeReader.Entry entry) {
      Map<String, NodeReader.Entry> groups =
          mapping(entry, BUDGET, List.of(EXPENDITURE, INCOME, DEVELOPMENT, BY_LEVEL));
      Amount[] pair1 = pair(groups, EXPENDITURE, BASIC_EXPENDITURE, PROJECT_EXPENDITURE);
      Amount[] pair2 = pair(groups, INCOME, FISCAL_APPROPRIATION, OTHER_FUNDS);
      Amount[] pair3 = pair(groups, DEVELOPMENT, SPECIAL_FUNDS, OTHER_DEVELOPMENT);
      Amount[] pair4 = pair(groups, BY_LEVEL, OWN_LEVEL_FUNDS, TRANSFER_FUNDS);
      return new Budget(
          pair1[0], pair1[1], pair2[0], pair2[1], pair3[0], pair3[1], pair4[0], pair4[1]);
    }

    private Amount[] pair(
        Map<String, NodeReader.Entry> groups, String group, String first, String second) {
      String path = NodeReader.join(BUDGET, group);
      Map<String, NodeReader.Entry> e = mapping(groups.get(group), path, List.of(first, second));
      return new Amount[] {amount(e, first, path), amount(e, second, path)};
    }

    private List<Task> tasks(NodeReader.Entry entry) {
      List<Task> tasks = new ArrayList<>();
      if (entry == null || nodes.isNull(entry.value())) {
        return tasks;
      }
      SequenceNode seq = nodes.sequence(entry.value(), TASKS);
      if (seq == null) {
        return tasks;
      }
      for (int i = 0; i < seq.getValue().size(); i++) {
        Node item = seq.getValue().get(i);
        String path = NodeReader.index(TASKS, i);
        nodes.record(path, item);
        MappingNode m = nodes.mapping(item, path);
        if (m != null) {
          Map<String, NodeReader.Entry> e = nodes.entries(m, path, TASK_KEYS);
          tasks.add(
              new Task(
                  text(e, TASK_NAME, path),
                  text(e, TASK_CONTENT, path),
                  amount(e, TASK_FUNDS, path),
                  text(e, TASK_OUTCOME, path)));
        }
      }
      return tasks;
    }

    private List<IndicatorCategory> indicators(NodeReader.Entry entry) {
      List<IndicatorCategory> categories = new ArrayList<>();
      for (NodeReader.Entry level1 : mapping(entry, INDICATORS, null).values()) {
        String path1 = NodeReader.join(INDICATORS, level1.key());
        List<IndicatorSubcategory> subs = new ArrayList<>();
        for (NodeReader.Entry level2 : mapping(level1, path1, null).values()) {
          String path2 = NodeReader.join(path1, level2.key());
          subs.add(new IndicatorSubcategory(level2.key(), indicatorList(level2.value(), path2)));
        }
        categories.add(new IndicatorCategory(level1.key(), subs));
      }
      return categories;
    }

    private List<Indicator> indicatorList(Node node, String path) {
      List<Indicator> list = new ArrayList<>();
      if (nodes.isNull(node)) {
        return list;
      }
      SequenceNode seq = nodes.sequence(node, path);
      if (seq == null) {
        return list;
      }
      for (int i = 0; i < seq.getValue().size(); i++) {
        Node item = seq.getValue().get(i);
        String itemPath = NodeReader.index(path, i);
        nodes.record(itemPath, item);
        MappingNode m = nodes.mapping(item, itemPath);
        if (m != null) {
          list.add(indicator(item, nodes.entries(m, itemPath, INDICATOR_KEYS), itemPath));
        }
      }
      return list;
    }

    private Indicator indicator(Node item, Map<String, NodeReader.Entry> e, String path) {
      if (!e.containsKey(LEVEL3)) {
        nodes.error(item, "yaml.indicator-name-missing", "yaml.indicator-name-missing.hint", path);
      }
      String name = text(e, LEVEL3, path);
      if (e.containsKey(VALUE)) {
        if (e.containsKey(PERIOD_VALUE) || e.containsKey(ANNUAL_VALUE)) {
          nodes.error(
              e.get(VALUE).keyNode(),
              "yaml.indicator-value-both",
              "yaml.indicator-value-both.hint",
              path);
        }
        String value = text(e, VALUE, path);
        return new Indicator(name, value, value);
      }
      return new Indicator(name, text(e, PERIOD_VALUE, path), text(e, ANNUAL_VALUE, path));
    }
  }
}
