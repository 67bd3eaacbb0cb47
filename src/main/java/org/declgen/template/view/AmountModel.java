package org.declgen.template.view;

import freemarker.template.TemplateScalarModel;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;

/** An amount as templates see it: prints as on the form ({@code 1,999.68}, or nothing if blank). */
public final class AmountModel implements TemplateScalarModel {
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
}
