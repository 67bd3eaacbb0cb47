package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message with arguments goes through MessageFormat, which takes a lone ASCII apostrophe as the
 * start of quoted text and drops it ("VS Code's" printed as "VS Codes"): prose uses ’, and only
 * MessageFormat's own quoting ({@code '{'}, {@code ''}) may use the ASCII one.
 */
class BundleQuotesTest {
  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void noMessageHoldsAnApostropheThatMessageFormatWouldEat(String bundle) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/org/declgen/" + bundle)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(messages).isNotEmpty();
    messages.forEach(
        (key, value) ->
            assertThat(value.toString().replace("'{'", "").replace("'}'", "").replace("''", ""))
                .as("%s in %s", key, bundle)
                .doesNotContain("'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cli.schema.written", "cli.git-setup.attributes.kept"})
  void anEnglishPossessiveSurvivesFormatting(String key) {
    assertThat(Messages.english().get(key, "x")).contains("’s");
  }
}
