package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports a reviewer reads, on the sample: each folder of {@code golden/diff} holds a changed
 * {@code new.yaml} (compared with {@code data/nansha-zwsj.yaml}) and the {@code expected.md}
 * report, optionally {@code expected.json} and {@code expected.en.md}. Run with {@code
 * -Ddeclgen.updateGolden=true} to rewrite the expectations after reviewing a change.
 */
class DiffReportGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden/diff");
  private static final boolean UPDATE = Boolean.getBoolean("declgen.updateGolden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void markdownReport(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    assertThat(dir.resolve("new.yaml")).as("unmatched case folder").exists();
    List<FileDiff> diff = List.of(diff(dir));
    check(dir.resolve("expected.md"), new MarkdownReport(Messages.chinese()).write(diff), true);
    check(dir.resolve("expected.en.md"), new MarkdownReport(Messages.english()).write(diff), false);
    check(dir.resolve("expected.json"), JsonReport.write(diff), false);
  }

  private static FileDiff diff(Path dir) {
    Declaration before = Samples.nansha();
    Declaration after = Samples.load(dir.resolve("new.yaml")).declaration();
    return new FileDiff(
        "HEAD:data/nansha-zwsj.yaml",
        "data/nansha-zwsj.yaml",
        DeclarationDiff.compare(before, after));
  }

  private static void check(Path expected, String actual, boolean required) throws IOException {
    if (UPDATE && (required || Files.exists(expected))) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    if (required || Files.exists(expected)) {
      assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
  }
}
