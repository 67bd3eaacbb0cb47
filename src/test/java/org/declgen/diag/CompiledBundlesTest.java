package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundles as the build compiled them hold exactly what {@link Properties} reads from them. */
class CompiledBundlesTest {
  private static Properties properties(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CompiledBundlesTest.class.getResourceAsStream("/org/declgen/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @CsvSource({"messages.properties, ''", "messages_en.properties, en"})
  void everyMessageIsThePropertiesValue(String file, String language) throws IOException {
    Properties expected = properties(file);

    assertThat(expected).isNotEmpty();
    assertThat(CompiledBundles.has(language)).isTrue();
    assertThat(CompiledBundles.keys(language))
        .containsExactlyInAnyOrderElementsOf(expected.stringPropertyNames());
    for (String key : expected.stringPropertyNames()) {
      assertThat(CompiledBundles.get(language, key)).as(key).isEqualTo(expected.getProperty(key));
    }
    assertThat(CompiledBundles.get(language, "no.such.key")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"fr", "zh"})
  void aLanguageWithoutABundleHasNone(String language) {
    assertThat(CompiledBundles.has(language)).isFalse();
    assertThat(CompiledBundles.get(language, "check.summary")).isNull();
  }
}
