package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleTextTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = BundleTextTest.class.getResourceAsStream("/org/declgen/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Properties properties(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyMessageReadsAsPropertiesReadsIt(String name) throws IOException {
    String text = resource(name);
    Properties expected = properties(text);
    BundleText bundle = BundleText.of(text);
    assertThat(expected).isNotEmpty();
    for (String key : expected.stringPropertyNames()) {
      assertThat(bundle.get(key)).as(key).contains(expected.getProperty(key));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyLineIsACommentOrOneKeyEqualsValue(String name) throws IOException {
    // The lookup reads "key=value" lines only: no "key value" or "key: value", no continued lines.
    for (String line : resource(name).split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      assertThat(line).as("line").matches("[A-Za-z0-9._-]+=.*").doesNotEndWith("\\");
    }
  }

  @Test
  void escapesAreUndoneAsPropertiesUndoesThem() throws IOException {
    String text = "a=x\\ty\\n\\u4e2d\\\\z\\:\\=\nb=  lead\r\nc=\nplain=no escape";
    Properties expected = properties(text);
    BundleText bundle = BundleText.of(text);
    for (String key : expected.stringPropertyNames()) {
      assertThat(bundle.get(key)).as(key).contains(expected.getProperty(key));
    }
    assertThat(bundle.get("a")).contains("x\ty\n中\\z:=");
  }

  @Test
  void aKeyIsFoundOnlyAtTheStartOfALine() {
    BundleText bundle = BundleText.of("# a.b=commented\nx=a.b=inside\n");
    assertThat(bundle.get("a.b")).isEmpty();
    assertThat(bundle.get("b")).isEmpty();
    assertThat(bundle.get("x")).contains("a.b=inside");
  }
}
