package org.declgen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.error.YAMLException;

class FloorMainTest {
  @Test
  void writesOneWordFormPerFlattenedForm(@TempDir Path dir) throws IOException {
    Path flat = flatten(dir, 7);

    FloorMain.main(new String[] {dir.resolve("out").toString(), flat.toString()});

    assertThat(documentXml(dir.resolve("out/form-7.docx"))).contains(department(7));
  }

  @Test
  void withYamlReadsEachDeclarationBesideItsForm(@TempDir Path dir) throws IOException {
    Path yaml = Files.createDirectories(dir.resolve("yaml"));
    Path first = flatten(dir, 1);
    Path second = flatten(dir, 2);
    write(yaml.resolve("form-1.yaml"), DeclarationWriter.write(renamed(1)));
    write(yaml.resolve("form-2.yaml"), DeclarationWriter.write(renamed(2)));

    FloorMain.main(
        new String[] {
          "--yaml",
          yaml.toString(),
          dir.resolve("out").toString(),
          first.toString(),
          second.toString()
        });

    assertThat(documentXml(dir.resolve("out/form-1.docx"))).contains(department(1));
    assertThat(documentXml(dir.resolve("out/form-2.docx"))).contains(department(2));
  }

  @Test
  void withYamlFailsOnADeclarationThatIsNotYaml(@TempDir Path dir) throws IOException {
    Path yaml = Files.createDirectories(dir.resolve("yaml"));
    Path flat = flatten(dir, 1);
    write(yaml.resolve("form-1.yaml"), "部门名称: [某局\n");

    assertThatThrownBy(
            () ->
                FloorMain.main(
                    new String[] {
                      "--yaml", yaml.toString(), dir.resolve("out").toString(), flat.toString()
                    }))
        .isInstanceOf(YAMLException.class);
  }

  private static Path flatten(Path dir, int i) throws IOException {
    Path flat = dir.resolve("form-" + i + ".tsv");
    FloorForm.of(renamed(i)).write(flat);
    return flat;
  }

  private static Declaration renamed(int i) {
    return LargeForm.renamed(Samples.nansha(), i);
  }

  private static String department(int i) {
    return renamed(i).department();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String documentXml(Path docx) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }
}
