package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.declgen.check.Checker;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {
  private static Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/declgen/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }

  @Test
  void chineseAndEnglishHaveExactlyTheSameKeys() throws IOException {
    assertThat(keys("messages_en.properties"))
        .containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
  }

  @Test
  void everyRuleHasAMessageInBothLanguages() throws IOException {
    Set<String> zh = keys("messages.properties");
    for (String id : Checker.ruleIds()) {
      assertThat(zh).as(id).anyMatch(k -> k.startsWith("check." + id));
    }
  }

  @Test
  void englishIsChosenOnlyWhenAsked() {
    assertThat(Messages.fromEnvironment(Map.of("LANG", "en_US.UTF-8")).get("diag.warning"))
        .isEqualTo("warning");
    assertThat(Messages.fromEnvironment(Map.of()).get("diag.warning")).isEqualTo("警告");
  }
}
