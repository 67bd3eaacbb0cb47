package org.declgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.declgen.diag.Messages;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/** Same declaration and template, same bytes: whatever the clock, locale or time zone says. */
class ByteStabilityTest {
  @Test
  void renderingTwiceGivesIdenticalBytes() throws Exception {
    Map<OutputFormat, byte[]> first = render();
    Thread.sleep(1100);
    Map<OutputFormat, byte[]> second = render();
    assertThat(second.get(OutputFormat.DOCX)).isEqualTo(first.get(OutputFormat.DOCX));
    assertThat(second.get(OutputFormat.MD)).isEqualTo(first.get(OutputFormat.MD));
  }

  @Test
  void localeAndTimeZoneDoNotChangeTheOutput() throws Exception {
    Map<OutputFormat, byte[]> reference = render();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Map<OutputFormat, byte[]> other = render();
      assertThat(other.get(OutputFormat.DOCX)).isEqualTo(reference.get(OutputFormat.DOCX));
      assertThat(other.get(OutputFormat.MD)).isEqualTo(reference.get(OutputFormat.MD));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static Map<OutputFormat, byte[]> render() throws Exception {
    TemplateEngine engine = new TemplateEngine(Messages.chinese());
    Renderer renderer =
        new Renderer(
            engine, new TemplateCatalog(Path.of("."), Messages.chinese()).resolve("gz-district"));
    return renderer.render(Samples.nansha(), OutputFormat.defaults());
  }
}
