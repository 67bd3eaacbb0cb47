package org.declgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.TestTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Golden files: each folder under {@code golden/render/} holds {@code input.yaml}, the template id,
 * and the expected review Markdown, {@code word/document.xml} and cell grid. Run with {@code
 * -Dgolden.update=true} to rewrite the expectations after a deliberate change, then review the diff
 * like any other change.
 */
class GoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden/render");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Pipeline PIPELINE = new Pipeline(Path.of(""), Messages.chinese());

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reviewMarkdown(String name) throws Exception {
    Rendered r = render(name);
    compareText(
        name, "expected.md", new String(r.outputs.get(OutputFormat.MD), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void documentXml(String name) throws Exception {
    Rendered r = render(name);
    String actual = TestTemplates.entry(r.outputs.get(OutputFormat.DOCX), "word/document.xml");
    Path expected = ROOT.resolve(name).resolve("expected-document.xml");
    if (UPDATE) {
      Files.writeString(expected, actual);
    }
    assertThat(expected).as("golden file missing; run with -Dgolden.update=true").exists();
    Diff diff =
        DiffBuilder.compare(Input.fromFile(expected.toFile()))
            .withTest(Input.fromString(actual))
            .checkForIdentical()
            .build();
    if (diff.hasDifferences()) {
      fail(name + ": word/document.xml differs from golden file:\n" + diff);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void cellGridAsDocx4jReadsIt(String name) throws Exception {
    Rendered r = render(name);
    compareText(name, "expected-grid.txt", DocxGrid.of(r.outputs.get(OutputFormat.DOCX)));
  }

  private record Rendered(Declaration declaration, Map<OutputFormat, byte[]> outputs) {}

  private static Rendered render(String name) throws DiagnosticException, IOException {
    Path dir = ROOT.resolve(name);
    Declaration d = PIPELINE.load(dir.resolve("input.yaml")).declaration();
    String template = Files.readString(dir.resolve("template")).strip();
    return new Rendered(d, PIPELINE.render(d, template, OutputFormat.defaults()));
  }

  private static void compareText(String name, String file, String actual) throws IOException {
    Path expected = ROOT.resolve(name).resolve(file);
    if (UPDATE) {
      Files.writeString(expected, actual);
    }
    assertThat(expected).as("golden file missing; run with -Dgolden.update=true").exists();
    assertThat(actual).as(name + "/" + file).isEqualTo(Files.readString(expected));
  }

  static List<String> names() throws IOException {
    return cases().toList();
  }
}
