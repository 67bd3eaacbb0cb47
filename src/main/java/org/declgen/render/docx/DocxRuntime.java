package org.declgen.render.docx;

import freemarker.core.XMLOutputFormat;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.declgen.template.RichTextModel;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.CompiledDocx;

/**
 * What a compiled Word template calls while it renders one declaration ({@code _dg} in the
 * generated source): paragraphs for a value, and the state of grouped vertical merges. One instance
 * per render; not shared between threads.
 */
final class DocxRuntime implements TemplateHashModel {
  private final List<BlockStyle> styles;

  /** Per table: the merge keys of the last row printed, by grid column. */
  private final Map<String, Map<Integer, String>> lastKeys = new HashMap<>();

  DocxRuntime(CompiledDocx template) {
    this.styles = template.blockStyles();
  }

  @Override
  public TemplateModel get(String key) {
    return switch (key) {
      case "block" -> (TemplateMethodModelEx) this::block;
      case "vmergeRow" -> (TemplateMethodModelEx) this::vmergeRow;
      case "vmergeReset" -> (TemplateMethodModelEx) this::vmergeReset;
      default -> null;
    };
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  private Object block(List<?> args) throws TemplateModelException {
    TemplateModel value = (TemplateModel) args.get(0);
    BlockStyle style = styles.get(((TemplateNumberModel) args.get(1)).getAsNumber().intValue());
    String xml =
        value instanceof RichTextModel rich
            ? MarkdownLightParagraphs.render(rich.getAsString(), style)
            : PlainTextParagraphs.render(asText(value), style);
    return XMLOutputFormat.INSTANCE.fromMarkup(xml);
  }

  private Object vmergeReset(List<?> args) throws TemplateModelException {
    lastKeys.remove(asText((TemplateModel) args.get(0)));
    return "";
  }

  /** Which merge cells of the row about to be printed start a new group (true) or continue. */
  private Object vmergeRow(List<?> args) throws TemplateModelException {
    String table = asText((TemplateModel) args.get(0));
    TemplateSequenceModel columns = (TemplateSequenceModel) args.get(1);
    TemplateSequenceModel keys = (TemplateSequenceModel) args.get(2);
    Map<Integer, String> previous = lastKeys.getOrDefault(table, Map.of());
    Map<Integer, String> current = new HashMap<>();
    List<Boolean> restarts = new ArrayList<>();
    boolean restartRest = false;
    for (int i = 0; i < columns.size(); i++) {
      int column = ((TemplateNumberModel) columns.get(i)).getAsNumber().intValue();
      String key = asText(keys.get(i));
      boolean restart = restartRest || !Objects.equals(previous.get(column), key);
      restartRest |= restart;
      restarts.add(restart);
      current.put(column, key);
    }
    lastKeys.put(table, current);
    SimpleSequence result = new SimpleSequence(restarts.size(), null);
    for (boolean r : restarts) {
      result.add(r ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE);
    }
    return result;
  }

  private static String asText(TemplateModel value) throws TemplateModelException {
    if (value == null) {
      return "";
    }
    if (value instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    if (value instanceof TemplateNumberModel n) {
      return n.getAsNumber().toString();
    }
    if (value instanceof TemplateSequenceModel seq) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < seq.size(); i++) {
        sb.append(asText(seq.get(i))).append('\u0001');
      }
      return sb.toString();
    }
    if (value instanceof TemplateBooleanModel b) {
      return Boolean.toString(b.getAsBoolean());
    }
    throw new TemplateModelException("not a text value");
  }
}
