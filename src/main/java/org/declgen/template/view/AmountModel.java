package org.declgen.template.view;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;

/**
 * An amount as templates see it: prints as on the form ({@code 1,999.68}, or nothing if blank);
 * {@code 精确值} is the exact value as the YAML holds it when the form prints it rounded ({@code
 * 1999.675843}), and empty otherwise. In arithmetic and comparisons it is its exact value ({@link
 * AmountNumber}); a blank amount has none, so using it there is an error.
 */
public final class AmountModel
    implements TemplateScalarModel, TemplateNumberModel, TemplateHashModel {
  /** The name of the exact value. */
  public static final String EXACT = "精确值";

  private final Amount amount;

  public AmountModel(Amount amount) {
    this.amount = amount;
  }

  public Amount amount() {
    return amount;
  }

  @Override
  public String getAsString() {
    return AmountFormat.format(amount);
  }

  @Override
  public Number getAsNumber() throws TemplateModelException {
    if (amount.isBlank()) {
      throw new BlankAmountException();
    }
    return new AmountNumber(amount.value());
  }

  @Override
  public TemplateModel get(String key) {
    if (!key.equals(EXACT)) {
      return null;
    }
    return new SimpleScalar(AmountFormat.isRounded(amount) ? amount.value().toPlainString() : "");
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
