package org.declgen.template.freemarker;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.util.Locale;
import org.declgen.form.AmountFormat;
import org.declgen.template.view.AmountModel;
import org.declgen.template.view.AmountNumber;

/**
 * How {@code ${…}} prints a number: an amount, or the result of arithmetic on amounts, as the form
 * prints amounts ({@code 1,999.68}, nothing for a blank amount); any other number as FreeMarker's
 * {@code computer} format ({@code 1}, {@code 0.5}).
 */
final class AmountNumberFormat extends TemplateNumberFormat {
  /** The name the configuration knows this format by ({@code number_format="@amount"}). */
  static final String NAME = "amount";

  private final TemplateNumberFormat others;

  private AmountNumberFormat(TemplateNumberFormat others) {
    this.others = others;
  }

  @Override
  public String formatToPlainText(TemplateNumberModel number)
      throws TemplateValueFormatException, TemplateModelException {
    if (number instanceof AmountModel a) {
      return AmountFormat.format(a.amount());
    }
    if (number.getAsNumber() instanceof AmountNumber a) {
      return AmountFormat.format(a.value());
    }
    return others.formatToPlainText(number);
  }

  @Override
  public boolean isLocaleBound() {
    return false;
  }

  @Override
  public String getDescription() {
    return NAME;
  }

  /** Makes the format for an environment, over that environment's {@code computer} format. */
  static final class Factory extends TemplateNumberFormatFactory {
    @Override
    public TemplateNumberFormat get(String params, Locale locale, Environment env)
        throws TemplateValueFormatException {
      return new AmountNumberFormat(env.getTemplateNumberFormat("computer", locale));
    }
  }
}
