package org.declgen.template.freemarker;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * An output format whose only work is escaping a value's text ({@link #escapePlainText}): what the
 * review Markdown and the Word document need of FreeMarker's auto-escaping.
 */
abstract class EscapingOutputFormat extends CommonMarkupOutputFormat<EscapingOutputFormat.Output> {
  /** Text that is already safe to print in its format. */
  public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
    private final EscapingOutputFormat format;

    Output(EscapingOutputFormat format, String plain, String markup) {
      super(plain, markup);
      this.format = format;
    }

    @Override
    public EscapingOutputFormat getOutputFormat() {
      return format;
    }
  }

  @Override
  public final void output(String text, Writer out) throws IOException, TemplateModelException {
    out.write(escapePlainText(text));
  }

  @Override
  public final boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected final Output newTemplateMarkupOutputModel(String plain, String markup) {
    return new Output(this, plain, markup);
  }
}
