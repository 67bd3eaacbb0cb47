package org.declgen.template.docx;

import freemarker.core.Environment;
import freemarker.core.TemplateValueFormatException;
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
import org.declgen.template.freemarker.WordTextOutputFormat;
import org.declgen.template.view.RichTextModel;

/**
 * A {@link TemplateRuntime} as FreeMarker sees it ({@code _dg} in compiled templates): each {@link
 * TemplateRuntime.Call} becomes a method whose FreeMarker arguments are turned into the interface's
 * Java ones.
 */
public final class RuntimeModel implements TemplateHashModel {
  private final TemplateRuntime runtime;
  private final List<BlockStyle> styles;
  private final TemplateMethodModelEx paragraphs = this::paragraphs;
  private final TemplateMethodModelEx tableStart = this::tableStart;
  private final TemplateMethodModelEx mergeRow = this::mergeRow;
  private final TemplateMethodModelEx tableEnd = this::tableEnd;
  private final TemplateMethodModelEx rowEnd = this::rowEnd;
  private final TemplateMethodModelEx paragraphEnd = this::paragraphEnd;

  /** What a call that only informs the runtime prints: nothing, and nothing to escape. */
  private static final TemplateModel NOTHING = fromMarkup("");

  private RuntimeModel(TemplateRuntime runtime, List<BlockStyle> styles) {
    this.runtime = runtime;
    this.styles = styles;
  }

  /** A data model for rendering {@code template}: the view with the runtime beside it. */
  public static Map<String, Object> root(
      CompiledDocx template, Map<String, Object> view, TemplateRuntime runtime) {
    Map<String, Object> root = new HashMap<>(view);
    root.put(TemplateRuntime.Call.OBJECT, new RuntimeModel(runtime, template.blockStyles()));
    return root;
  }

  @Override
  public TemplateModel get(String key) {
    TemplateRuntime.Call call = TemplateRuntime.Call.named(key);
    if (call == null) {
      return null;
    }
    return switch (call) {
      case PARAGRAPHS -> paragraphs;
      case TABLE_START -> tableStart;
      case TABLE_END -> tableEnd;
      case MERGE_ROW -> mergeRow;
      case ROW_END -> rowEnd;
      case PARAGRAPH_END -> paragraphEnd;
    };
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  private Object paragraphs(List<?> args) throws TemplateModelException {
    TemplateModel value = (TemplateModel) args.get(0);
    BlockStyle style = styles.get(number(args.get(1)));
    String xml =
        value instanceof RichTextModel rich
            ? runtime.paragraphs(rich.getAsString(), true, style)
            : runtime.paragraphs(text(value), false, style);
    return WordTextOutputFormat.INSTANCE.fromMarkup(xml);
  }

  private Object tableStart(List<?> args) throws TemplateModelException {
    runtime.tableStart(number(args.get(0)));
    return NOTHING;
  }

  private Object tableEnd(List<?> args) throws TemplateModelException {
    runtime.tableEnd(number(args.get(0)));
    return NOTHING;
  }

  private Object rowEnd(List<?> args) throws TemplateModelException {
    runtime.rowEnd(number(args.get(0)), number(args.get(1)));
    return NOTHING;
  }

  private Object paragraphEnd(List<?> args) throws TemplateModelException {
    runtime.paragraphEnd(number(args.get(0)));
    return NOTHING;
  }

  private static TemplateModel fromMarkup(String xml) {
    try {
      return WordTextOutputFormat.INSTANCE.fromMarkup(xml);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("markup output of a constant", e);
    }
  }

  private Object mergeRow(List<?> args) throws TemplateModelException {
    TemplateSequenceModel columns = (TemplateSequenceModel) args.get(1);
    TemplateSequenceModel keys = (TemplateSequenceModel) args.get(2);
    int[] cols = new int[columns.size()];
    List<String> keyTexts = new ArrayList<>(keys.size());
    for (int i = 0; i < cols.length; i++) {
      cols[i] = number(columns.get(i));
      keyTexts.add(text(keys.get(i)));
    }
    boolean[] restarts = runtime.mergeRow(number(args.get(0)), cols, keyTexts);
    SimpleSequence result = new SimpleSequence(restarts.length, null);
    for (boolean r : restarts) {
      result.add(r ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE);
    }
    return result;
  }

  private static int number(Object model) throws TemplateModelException {
    return ((TemplateNumberModel) model).getAsNumber().intValue();
  }

  /** A number as {@code ${…}} prints it: a sum of amounts as an amount. */
  private static String printed(TemplateNumberModel number) throws TemplateModelException {
    try {
      return Environment.getCurrentEnvironment()
          .getTemplateNumberFormat()
          .formatToPlainText(number);
    } catch (TemplateValueFormatException e) {
      throw new TemplateModelException(e.getMessage(), e);
    }
  }

  /** A value as text; a list of values (a merge key made of several) joins them unambiguously. */
  private static String text(TemplateModel value) throws TemplateModelException {
    if (value == null) {
      return "";
    }
    if (value instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    if (value instanceof TemplateNumberModel n) {
      return printed(n);
    }
    if (value instanceof TemplateSequenceModel seq) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < seq.size(); i++) {
        sb.append(text(seq.get(i))).append('\u0001');
      }
      return sb.toString();
    }
    if (value instanceof TemplateBooleanModel b) {
      return Boolean.toString(b.getAsBoolean());
    }
    throw new TemplateModelException("not a text value");
  }
}
