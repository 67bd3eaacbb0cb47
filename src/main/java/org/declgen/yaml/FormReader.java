package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.AmountField;
import org.declgen.form.Field;
import org.declgen.form.FieldVisitor;
import org.declgen.form.FormDescription;
import org.declgen.form.GroupField;
import org.declgen.form.IndicatorTreeField;
import org.declgen.form.ListField;
import org.declgen.form.TextField;
import org.declgen.model.Amount;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML of any form its description describes. Every problem found is reported with its
 * file, line and column; a file with any error yields no value at all. Keys are the description's
 * labels, so an unknown key is reported with the nearest known one.
 */
public final class FormReader<T> {
  private final FormDescription<T> form;
  private final Messages messages;
  private final TypingSlips slips;

  public FormReader(FormDescription<T> form, Messages messages) {
    this.form = form;
    this.messages = messages;
    this.slips = new TypingSlips(form, messages);
  }

  /** Reads a file's bytes, as {@link #read(String, String)} reads their text. */
  public LoadedForm<T> read(String file, byte[] bytes) throws DiagnosticException {
    return read(file, Utf8Text.decode(file, bytes, messages));
  }

  /**
   * Reads a file's text (decoded by {@link DecodedText}, its byte-order mark removed). The clerk's
   * typing slips ({@link TypingSlips}) are recognised first: the accepted ones are read as their
   * fix says and come back as warnings, the others are errors; every position names the text as
   * typed.
   */
  public LoadedForm<T> read(String file, String text) throws DiagnosticException {
    SourceText typed = SourceText.scan(file, text, messages);
    return read(file, typed, slips.read(file, text));
  }

  /**
   * Reads the text {@code source} holds (the caller has {@link SourceText#scan scanned} it as
   * typed, before anything else read it) as {@code typed} corrected it. Every scalar of the
   * document, key or value, is held to {@link ScalarRules}.
   */
  LoadedForm<T> read(String file, SourceText source, TypedText typed) throws DiagnosticException {
    return read(file, source, typed, false);
  }

  /**
   * As {@link #read(String, SourceText, TypedText)}; with {@code keepContinuedLines} (for fmt), a
   * long text continued over lines without {@code |} keeps its lines as typed, and any other text
   * so continued is an error.
   */
  LoadedForm<T> read(String file, SourceText source, TypedText typed, boolean keepContinuedLines)
      throws DiagnosticException {
    String text = source.text();
    NodeReader nodes;
    T value;
    try {
      SourceText corrected =
          typed.corrected().equals(text)
              ? source
              : SourceText.scan(file, typed.corrected(), messages);
      nodes = new NodeReader(file, messages, keepContinuedLines ? corrected : null);
      Node root = new YamlComposer(messages).compose(file, corrected);
      ScalarRules.check(root, corrected, messages).forEach(nodes::add);
      value = root(nodes, root, file);
    } catch (DiagnosticException e) {
      throw new DiagnosticException(typed.with(e.diagnostics()));
    }
    List<Diagnostic> found = typed.with(nodes.diagnostics());
    if (found.stream().anyMatch(Diagnostic::isError)) {
      throw new DiagnosticException(found);
    }
    return new LoadedForm<>(
        value, nodes.sourceMap().placed(typed::typed), text.lines().toList(), typed.warnings());
  }

  private T root(NodeReader nodes, Node root, String file) throws DiagnosticException {
    if (root == null || nodes.isNull(root)) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(file),
              "yaml.empty",
              messages.get("yaml.empty"),
              messages.get("yaml.empty.hint")));
    }
    if (!(root instanceof MappingNode)) {
      throw new DiagnosticException(
          nodes.acceptTag(root, KeyPath.ROOT)
              ? List.of(topLevel(nodes, root))
              : nodes.diagnostics());
    }
    MappingNode mapping = nodes.mapping(root, KeyPath.ROOT);
    if (mapping == null) {
      throw new DiagnosticException(nodes.diagnostics());
    }
    Map<String, NodeReader.Entry> entries = nodes.entries(mapping, KeyPath.ROOT, form.labels());
    return new Fields<T>(nodes, entries, KeyPath.ROOT).read(form.blank(), form.fields());
  }

  /** A file whose top is a list or a text: it must start with the form's first key. */
  private Diagnostic topLevel(NodeReader nodes, Node root) {
    String first =
        form.fields().stream()
            .filter(f -> !f.notes().optional())
            .map(Field::label)
            .findFirst()
            .orElse("");
    String what = root instanceof SequenceNode ? "list" : "text";
    return Diagnostic.error(
        nodes.at(root),
        "yaml.top-level",
        messages.get("yaml.top-level." + what, first),
        messages.get("yaml.top-level." + what + ".hint", first));
  }

  private static List<String> labels(List<? extends Field<?>> fields) {
    return fields.stream().map(Field::label).toList();
  }

  /** Reads the fields of one mapping into a value of type {@code V}. */
  private static final class Fields<V> implements FieldVisitor<V, V> {
    private final NodeReader nodes;
    private final Map<String, NodeReader.Entry> entries;
    private final KeyPath path;
    private V value;

    Fields(NodeReader nodes, Map<String, NodeReader.Entry> entries, KeyPath path) {
      this.nodes = nodes;
      this.entries = entries;
      this.path = path;
    }

    V read(V start, List<Field<V>> fields) {
      value = start;
      for (Field<V> f : fields) {
        value = f.accept(this);
      }
      return value;
    }

    @Override
    public V text(TextField<V> field) {
      NodeReader.Entry entry = entries.get(field.label());
      KeyPath at = path.key(field.label());
      String text =
          entry == null
              ? null
              : field.rich() ? nodes.longText(entry.value(), at) : nodes.text(entry.value(), at);
      return field.lens().with(value, text);
    }

    @Override
    public V amount(AmountField<V> field) {
      return field.lens().with(value, amount(field.label()));
    }

    private Amount amount(String key) {
      NodeReader.Entry entry = entries.get(key);
      if (entry == null) {
        return Amount.BLANK;
      }
      KeyPath keyPath = path.key(key);
      String text = nodes.text(entry.value(), keyPath);
      if (text == null) {
        return Amount.BLANK;
      }
      return AmountParser.parse(text)
          .orElseGet(
              () -> {
                Optional<String> halfWidth = AmountParser.halfWidth(text);
                if (halfWidth.isPresent()) {
                  nodes.error(
                      entry.value(),
                      "yaml.bad-amount",
                      "yaml.bad-amount.full-width.hint",
                      nodes.shown(keyPath),
                      text,
                      halfWidth.get());
                } else {
                  nodes.error(
                      entry.value(),
                      "yaml.bad-amount",
                      "yaml.bad-amount.hint",
                      nodes.shown(keyPath),
                      text);
                }
                return Amount.BLANK;
              });
    }

    @Override
    public <S> V group(GroupField<V, S> field) {
      KeyPath inner = path.key(field.label());
      Map<String, NodeReader.Entry> e =
          mapping(entries.get(field.label()), inner, labels(field.fields()));
      S read = new Fields<S>(nodes, e, inner).read(field.lens().get(value), field.fields());
      return field.lens().with(value, read);
    }

    private Map<String, NodeReader.Entry> mapping(
        NodeReader.Entry entry, KeyPath mappingPath, List<String> allowed) {
      if (entry == null || nodes.isNull(entry.value())) {
        return Map.of();
      }
      MappingNode m = nodes.mapping(entry.value(), mappingPath);
      return m == null ? Map.of() : nodes.entries(m, mappingPath, allowed);
    }

    @Override
    public <E> V list(ListField<V, E> field) {
      List<E> items = new ArrayList<>();
      KeyPath listPath = path.key(field.label());
      for (ItemNode item : items(entries.get(field.label()), listPath)) {
        MappingNode m = nodes.mapping(item.node(), item.path());
        if (m != null) {
          Map<String, NodeReader.Entry> e =
              nodes.entries(m, item.path(), labels(field.items().fields()));
          items.add(
              new Fields<E>(nodes, e, item.path())
                  .read(field.items().blank(), field.items().fields()));
        }
      }
      return field.lens().with(value, items);
    }

    /** One element of a YAML list, with its path ({@code 年度重点工作任务[2]}). */
    private record ItemNode(Node node, KeyPath path) {}

    private List<ItemNode> items(NodeReader.Entry entry, KeyPath listPath) {
      return entry == null ? List.of() : items(entry.value(), listPath);
    }

    private List<ItemNode> items(Node node, KeyPath listPath) {
      List<ItemNode> items = new ArrayList<>();
      if (nodes.isNull(node)) {
        return items;
      }
      SequenceNode seq = nodes.sequence(node, listPath);
      if (seq == null) {
        return items;
      }
      for (int i = 0; i < seq.getValue().size(); i++) {
        Node item = seq.getValue().get(i);
        KeyPath itemPath = listPath.item(i);
        nodes.record(itemPath, item);
        items.add(new ItemNode(item, itemPath));
      }
      return items;
    }

    @Override
    public V indicators(IndicatorTreeField<V> field) {
      IndicatorTreeField.Columns columns = field.columns();
      List<IndicatorCategory> categories = new ArrayList<>();
      KeyPath treePath = path.key(field.label());
      for (NodeReader.Entry level1 : mapping(entries.get(field.label()), treePath, null).values()) {
        KeyPath path1 = treePath.key(level1.key());
        List<IndicatorSubcategory> subs = new ArrayList<>();
        for (NodeReader.Entry level2 : mapping(level1, path1, null).values()) {
          KeyPath path2 = path1.key(level2.key());
          List<Indicator> indicators = new ArrayList<>();
          for (ItemNode item : items(level2.value(), path2)) {
            MappingNode m = nodes.mapping(item.node(), item.path());
            if (m != null) {
              Map<String, NodeReader.Entry> e =
                  nodes.entries(m, item.path(), columns.indicatorKeys());
              indicators.add(indicator(item, e, columns));
            }
          }
          subs.add(new IndicatorSubcategory(level2.key(), indicators));
        }
        categories.add(new IndicatorCategory(level1.key(), subs));
      }
      return field.lens().with(value, categories);
    }

    /** A 三级: one 指标值 for both columns, or 实施周期指标值 and 年度指标值, never both ways. */
    private Indicator indicator(
        ItemNode item, Map<String, NodeReader.Entry> e, IndicatorTreeField.Columns c) {
      KeyPath at = item.path();
      if (!e.containsKey(c.level3())) {
        nodes.error(
            item.node(),
            "yaml.indicator-name-missing",
            "yaml.indicator-name-missing.hint",
            nodes.shown(at));
      }
      String name = text(e, c.level3(), at);
      if (e.containsKey(c.value())) {
        if (e.containsKey(c.periodValue()) || e.containsKey(c.annualValue())) {
          nodes.error(
              e.get(c.value()).keyNode(),
              "yaml.indicator-value-both",
              "yaml.indicator-value-both.hint",
              nodes.shown(at));
        }
        String value = text(e, c.value(), at);
        return new Indicator(name, value, value);
      }
      return new Indicator(name, text(e, c.periodValue(), at), text(e, c.annualValue(), at));
    }

    private String text(Map<String, NodeReader.Entry> e, String key, KeyPath at) {
      NodeReader.Entry entry = e.get(key);
      return entry == null ? null : nodes.text(entry.value(), at.key(key));
    }
  }
}
