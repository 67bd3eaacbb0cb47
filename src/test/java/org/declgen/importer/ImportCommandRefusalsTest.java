package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.ImportFixtures.sampleWithDocument;
import static org.declgen.importer.ImportFixtures.utf8;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, findings 4-6, as a user meets them: {@code declgen import} of each source of the
 * findings exits 1 with one message and no stack trace, writes nothing, and {@code declgen
 * textconv} still prints something for git (exit 0).
 */
class ImportCommandRefusalsTest {
  @TempDir Path dir;

  static Stream<Arguments> sources() throws Exception {
    Map<String, byte[]> noStrings = ImportFixtures.entries(XlsxImportTest.municipal());
    noStrings.remove("xl/sharedStrings.xml");
    return Stream.of(
        Arguments.of(
            "deep.docx",
            sampleWithDocument(
                x ->
                    x.replaceFirst(
                        "<w:p>", "<w:p>" + "<w:r>".repeat(10_000) + "</w:r>".repeat(10_000))),
            "嵌套超过 256 层"),
        Arguments.of(
            "span.docx",
            sampleWithDocument(
                x ->
                    x.replaceFirst(
                        "<w:gridSpan w:val=\"\\d+\"/>", "<w:gridSpan w:val=\"20000000\"/>")),
            "超过上限 64 列"),
        Arguments.of("list.md", utf8("- ".repeat(2_000) + "x"), "没有认出申报表"),
        Arguments.of("empty.md", new byte[0], "没有认出申报表"),
        Arguments.of("no-strings.xlsx", ImportFixtures.zip(noStrings), "共享字符串"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void importRefusesWithOneMessageAndNoTrace(String name, byte[] content, String says)
      throws Exception {
    Files.write(dir.resolve(name), content);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"import", name},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of(),
            dir);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(name + ": 错误: ")
        .contains(says)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(name));
    }
  }

  /** textconv reads Word and Excel forms through import (a .md is YAML to it). */
  static Stream<Arguments> forms() throws Exception {
    return sources().filter(a -> !a.get()[0].toString().endsWith(".md"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void textconvStillPrintsForGit(String name, byte[] content, String says) throws Exception {
    Files.write(dir.resolve(name), content);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"textconv", name},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of(),
            dir);

    assertThat(code).isZero();
    assertThat(err.toString()).contains(says).doesNotContain("Exception");
    assertThat(out.toString()).contains(name);
  }
}
