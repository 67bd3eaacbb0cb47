package org.declgen.template.freemarker;

import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declgen.form.AmountFormat;
import org.declgen.model.Amount;
import org.declgen.model.Sentences;
import org.declgen.template.view.AmountModel;

/**
 * Helpers every template may call: {@code amount(x)}, {@code percent(x)}, {@code sentences(text)}.
 */
public final class TemplateFunctions {

  private TemplateFunctions() {}

  /** The names templates call the helpers by. */
  public static Set<String> names() {
    return all().keySet();
  }

  static Map<String, TemplateModel> all() {
    return Map.of(
        "amount", (TemplateMethodModelEx) TemplateFunctions::amount,
        "percent", (TemplateMethodModelEx) TemplateFunctions::percent,
        "sentences", (TemplateMethodModelEx) TemplateFunctions::sentences);
  }

  /** {@code amount(x)}: an amount or number as on the form, {@code 1,999.68}. */
  private static Object amount(List<?> args) throws TemplateModelException {
    BigDecimal value = decimal(one(args, "amount"));
    return value == null ? "" : AmountFormat.format(value);
  }

  /** {@code percent(x)}: a fraction as a percentage, {@code 0.95} → {@code 95%}. */
  private static Object percent(List<?> args) throws TemplateModelException {
    BigDecimal value = decimal(one(args, "percent"));
    return value == null ? "" : AmountFormat.percent(value);
  }

  /** {@code sentences(text)}: the text cut after 。！？； and line ends, one sentence per item. */
  private static Object sentences(List<?> args) throws TemplateModelException {
    TemplateModel arg = one(args, "sentences");
    SimpleSequence result = new SimpleSequence(8, null);
    for (String s : Sentences.split(((TemplateScalarModel) arg).getAsString())) {
      result.add(new SimpleScalar(s));
    }
    return result;
  }

  private static TemplateModel one(List<?> args, String name) throws TemplateModelException {
    if (args.size() != 1) {
      throw new TemplateModelException(name + "(…) takes exactly one argument");
    }
    return (TemplateModel) args.get(0);
  }

  private static BigDecimal decimal(TemplateModel m) throws TemplateModelException {
    if (m instanceof AmountModel a) {
      Amount amount = a.amount();
      return amount.isBlank() ? null : amount.value();
    }
    if (m instanceof TemplateNumberModel n) {
      Number number = n.getAsNumber();
      return number instanceof BigDecimal b ? b : new BigDecimal(number.toString());
    }
    if (m instanceof TemplateScalarModel s) {
      String text = s.getAsString().strip().replace(",", "");
      if (text.isEmpty()) {
        return null;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new TemplateModelException("not a number: \"" + s.getAsString() + "\"");
      }
    }
    throw new TemplateModelException("not a number");
  }
}
