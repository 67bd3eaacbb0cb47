package org.declgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.declgen.pipeline.EditorSchema;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class DeclarationSchemaTest {
  /** Run with {@code -Dschema.update=true} to write the schema after changing the form. */
  private static final boolean UPDATE = Boolean.getBoolean("schema.update");

  @Test
  void committedSchemaIsTheOneTheFormDescriptionMakes() throws IOException {
    String generated = EditorSchema.text();
    if (UPDATE) {
      Files.writeString(DeclarationSchema.FILE, generated);
    }
    assertThat(Files.readString(DeclarationSchema.FILE))
        .as(
            "schema/declaration.schema.json is made from DepartmentForm; run the tests with"
                + " -Dschema.update=true to write it again")
        .isEqualTo(generated);
  }

  @Test
  void everySampleIsValidAndReferencesTheSchema() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      samples = files.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    assertThat(samples).isNotEmpty();
    for (Path sample : samples) {
      String text = Samples.read(sample);
      assertThat(text)
          .startsWith("# yaml-language-server: $schema=../schema/declaration.schema.json\n");
      assertThat(DeclarationSchema.validateYaml(text)).as(sample.toString()).isEmpty();
    }
  }

  @Test
  void rejectsAnAmountWithLettersAndAnUnknownKey() {
    String text =
        Samples.read(Samples.NANSHA)
            .replace("基本支出: 1999.68", "基本支出: 1999.68万元")
            .replace("部门名称:", "部门名:");
    assertThat(DeclarationSchema.validateYaml(text).toString())
        .contains("$.预算整体情况.部门预算支出.基本支出: does not match the regex pattern")
        .contains("property '部门名' is not defined");
  }

  @Test
  void titlesAreChinese() {
    assertThat(Samples.read(DeclarationSchema.FILE)).contains("\"title\": \"部门整体预算绩效目标申报表\"");
  }
}
