package org.declgen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every text becomes a Java literal that javac reads back as the same text. */
class CompileBundlesTest {
  @Property(tries = 2000)
  void aLiteralReadsBackAsItsText(@ForAll("texts") String text) throws Exception {
    // javac itself reads the literals in the build; here they are read back by hand
    String literal = CompileBundles.literal(text);
    assertThat(literal).startsWith("\"").endsWith("\"").matches("[\\x20-\\x7e]*");
    assertThat(unescape(literal.substring(1, literal.length() - 1))).isEqualTo(text);
  }

  /** Undoes the literal's escapes: backslash, quote, octal and four-digit hexadecimal ones. */
  private static String unescape(String body) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        sb.append(c);
      } else if (body.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (Character.isDigit(body.charAt(i + 1))) {
        sb.append((char) Integer.parseInt(body.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        sb.append(body.charAt(i + 1));
        i++;
      }
    }
    return sb.toString();
  }

  @Property(tries = 200)
  void propertiesValuesSurviveTheSource(@ForAll("texts") String value) throws Exception {
    Properties p = new Properties();
    p.setProperty("k", value);
    java.io.StringWriter w = new java.io.StringWriter();
    p.store(w, null);
    Properties back = new Properties();
    back.load(new StringReader(w.toString()));
    assertThat(CompileBundles.literal(back.getProperty("k")))
        .isEqualTo(CompileBundles.literal(value));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("\"\\'{}0a\n\r\t\u0000\u001f\u007f\u0085\u2028中「」…")
        .withChars("\uD83D\uDE00")
        .ofMaxLength(12);
  }
}
