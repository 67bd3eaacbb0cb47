package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;

/**
 * Issue 12 item 2: for any declaration, typed as a clerk may type it (full-width colons and commas,
 * no space after a colon, the old one-line amount groups with thousands commas, comments of their
 * own, Windows line breaks), {@code fmt} gives text that reads as the same declaration, keeps every
 * comment, and is its own result: fmt(fmt(x)) == fmt(x).
 */
class FormFormatterProperties {
  private static final FormFormatter<Declaration> FORMATTER =
      FormFormatter.declarations(Messages.chinese());
  private static final KnownLabels LABELS = KnownLabels.of(DepartmentForm.FORM);
  private static final Pattern GROUP =
      Pattern.compile("(?m)^  (\\S+):\\n    (\\S+): (\\S+)\\n    (\\S+): (\\S+)\\n");

  @Property(tries = 200)
  void formatKeepsValuesAndCommentsAndIsItsOwnResult(
      @ForAll("declarations") Declaration d, @ForAll long seed) throws DiagnosticException {
    Typed typed = typedByAClerk(DeclarationWriter.write(d), new Random(seed));
    byte[] bytes = typed.text().getBytes(StandardCharsets.UTF_8);
    assertThat(read(typed.text())).isEqualTo(d);

    String once = format(typed.text(), bytes);
    assertThat(read(once)).isEqualTo(d);
    assertThat(FORMATTER.format("x.yaml", once.getBytes(StandardCharsets.UTF_8), "s.json").text())
        .isEqualTo(once);
    typed.comments().forEach(c -> assertThat(once).contains(c));
  }

  /** Reads a text; its errors, with the text, fail the property. */
  private static Declaration read(String text) {
    try {
      return Samples.parse("x.yaml", text).declaration();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics() + "\n" + text, e);
    }
  }

  private static String format(String text, byte[] bytes) {
    try {
      return FORMATTER.format("x.yaml", bytes, "s.json").text();
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics() + "\n" + text, e);
    }
  }

  /** What the writer writes is never taken for a slip, and fmt leaves it as it is. */
  @Property(tries = 100)
  void canonicalTextIsAlreadyFormatted(@ForAll("declarations") Declaration d)
      throws DiagnosticException {
    String canonical = DeclarationWriter.write(d);
    byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
    TypedText typed =
        new TypingSlips(DepartmentForm.FORM, Messages.chinese()).read("x.yaml", canonical);
    assertThat(typed.corrected())
        .as("nothing in canonical text is taken for a slip")
        .isEqualTo(canonical);
    assertThat(FORMATTER.format("x.yaml", bytes, "../schema/declaration.schema.json").text())
        .isEqualTo(canonical);
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return DeclarationArbitraries.declarations();
  }

  /** A text as typed, and the comments added to it. */
  record Typed(String text, List<String> comments) {}

  static Typed typedByAClerk(String canonical, Random random) {
    String text = random.nextBoolean() ? oneLineGroups(canonical, random) : canonical;
    List<String> comments = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    int blockColumn = -1;
    for (String line : text.split("\n", -1)) {
      int indent = line.length() - line.stripLeading().length();
      if (blockColumn >= 0 && (line.isEmpty() || indent > blockColumn)) {
        out.append(line).append('\n');
        continue;
      }
      blockColumn = -1;
      String typed = line.startsWith("#") || line.isEmpty() ? line : slips(line, random);
      if (!line.isEmpty() && !line.startsWith("#") && random.nextInt(6) == 0) {
        String c = "注" + comments.size() + "：见附件";
        comments.add("# " + c);
        out.append(" ".repeat(indent)).append("# ").append(c).append('\n');
      }
      if (!line.isEmpty() && !line.contains("#") && random.nextInt(6) == 0) {
        String c = "旁注" + comments.size();
        comments.add("# " + c);
        typed = typed + "  # " + c;
      }
      out.append(typed).append('\n');
      if (line.matches(".*: \\|(  #.*)?")) {
        blockColumn = indent + (line.stripLeading().startsWith("- ") ? 2 : 0);
      }
    }
    String result = out.substring(0, out.length() - 1);
    if (random.nextInt(4) == 0) {
      result = result.replace("\n", "\r\n");
    }
    return new Typed(result, comments);
  }

  /** Slips next to a known label on one line. */
  private static String slips(String line, Random random) {
    String l = line;
    int keyStart = line.length() - line.stripLeading().length();
    if (line.startsWith("- ", keyStart)) {
      keyStart += 2;
    }
    int colon = line.indexOf(": ", keyStart);
    if (colon > keyStart && LABELS.isKnown(line.substring(keyStart, colon))) {
      switch (random.nextInt(4)) {
        case 0 -> l = line.substring(0, colon) + "：" + line.substring(colon + 2);
        case 1 -> l = line.substring(0, colon) + ":" + line.substring(colon + 2);
        default -> {}
      }
    }
    if (l.contains("{三级指标: ") && random.nextBoolean()) {
      l = l.replace("{三级指标: ", "{三级指标:").replace(", 指标值: ", "，指标值：");
    }
    return l;
  }

  /** The old layout: {@code 部门预算支出: {基本支出: 1,999.68, 项目支出: …}}. */
  private static String oneLineGroups(String text, Random random) {
    Matcher m = GROUP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!LABELS.isAmount(m.group(2)) || !LABELS.isAmount(m.group(4))) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String flow =
          "  %s: {%s: %s, %s: %s}\n"
              .formatted(
                  m.group(1),
                  m.group(2),
                  grouped(m.group(3), random),
                  m.group(4),
                  grouped(m.group(5), random));
      m.appendReplacement(out, Matcher.quoteReplacement(flow));
    }
    return m.appendTail(out).toString();
  }

  private static String grouped(String amount, Random random) {
    if (amount.equals("~") || random.nextBoolean()) {
      return amount;
    }
    BigDecimal v = new BigDecimal(amount);
    String whole = v.toBigInteger().toString();
    StringBuilder g = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        g.append(',');
      }
      g.append(whole.charAt(i));
    }
    int dot = amount.indexOf('.');
    return g + (dot < 0 ? "" : amount.substring(dot));
  }
}
