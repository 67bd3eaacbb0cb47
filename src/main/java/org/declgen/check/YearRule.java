package org.declgen.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Severity;
import org.declgen.form.DepartmentForm;

/**
 * 年度 is a four-digit year, 19xx or 20xx, or blank: the form prints it before 年度 (「（2025年度）」), so
 * {@code 2025年} prints 「2025年年度」. The value is never changed on reading; the hint gives the year to
 * write when the text holds one.
 */
final class YearRule implements Rule {
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern WITH_SUFFIX = Pattern.compile("((?:19|20)\\d\\d)\\s*年度?");
  private static final Pattern WITH_DECIMALS = Pattern.compile("((?:19|20)\\d\\d)\\.0*");
  private static final Pattern RANGE =
      Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年\\s*)?[-－–—~～至到]\\s*(?:19|20)\\d\\d\\s*年?度?");

  @Override
  public String id() {
    return "structure.year";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(CheckContext ctx) {
    String typed = ctx.declaration().year();
    if (typed == null || YEAR.matcher(typed).matches()) {
      return;
    }
    String stripped = typed.strip();
    String text = halfWidthDigits(stripped);
    String path = DepartmentForm.YEAR.label();
    Matcher m;
    if (YEAR.matcher(text).matches()) {
      ctx.report(this, path, text.equals(stripped) ? "spaces" : "full-width", typed, text);
    } else if ((m = WITH_SUFFIX.matcher(text)).matches()) {
      ctx.report(this, path, "suffix", typed, m.group(1));
    } else if ((m = WITH_DECIMALS.matcher(text)).matches()) {
      ctx.report(this, path, "decimals", typed, m.group(1));
    } else if ((m = RANGE.matcher(text)).matches()) {
      ctx.report(this, path, "range", typed, m.group(1));
    } else {
      ctx.report(this, path, null, typed);
    }
  }

  /** {@code ２０２５} → {@code 2025}: digits typed with the input method's full-width mode. */
  private static String halfWidthDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c).forEach(b::appendCodePoint);
    return b.toString();
  }
}
