package org.declgen.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.declgen.diag.DiagnosticException;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class DeclarationWriterTest {
  @Test
  void sampleIsCanonical() {
    assertThat(DeclarationWriter.write(Samples.nansha())).isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void writtenYamlReadsBackAsTheSameDeclaration() throws DiagnosticException {
    Declaration original = Samples.nansha();
    String yaml = DeclarationWriter.write(original);
    assertThat(Samples.parse("x.yaml", yaml).declaration()).isEqualTo(original);
  }

  @Test
  void textsThatYamlWouldMisreadAreQuoted() {
    assertThat(DeclarationWriter.scalar(">12小时")).isEqualTo("\">12小时\"");
    assertThat(DeclarationWriter.scalar("≥200,000")).isEqualTo("\"≥200,000\"");
    assertThat(DeclarationWriter.scalar("任务3: 进一步")).isEqualTo("\"任务3: 进一步\"");
    assertThat(DeclarationWriter.scalar("~")).isEqualTo("\"~\"");
    assertThat(DeclarationWriter.scalar("满意")).isEqualTo("满意");
    assertThat(DeclarationWriter.scalar("0.95")).isEqualTo("0.95");
  }
}
