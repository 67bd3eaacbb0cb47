package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.FaultyDisk;
import org.declgen.testing.GitRepo;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One meaning per exit code, for every command (issue 11 item 5): 0 done; 1 a declaration, template
 * or settings file has errors (diff: the versions differ); 2 a usage mistake or a file that cannot
 * be read or written; 3 a bug. Two documented exceptions: {@code textconv} prints a declaration
 * with errors as it is and exits 0 (so git still shows it), and {@code diff} treats a version with
 * errors as trouble (2), as {@code diff(1)} does.
 */
class ExitCodeTableTest {
  private static final Path FORM =
      Path.of("src/test/resources/import/nansha-gz-district-libreoffice.docx");

  /**
   * Reading a file named {@code locked…} is refused; touching one named {@code crash…} is a bug.
   */
  private static final FaultyDisk DISK =
      new FaultyDisk()
          .fail(FaultyDisk.Op.READ, "locked", new AccessDeniedException("locked"))
          .fail(FaultyDisk.Op.CREATE, "unwritable", new AccessDeniedException("unwritable"))
          .crash(FaultyDisk.Op.READ, "crash", new IllegalStateException("a bug"))
          .crash(FaultyDisk.Op.CREATE, "crash", new IllegalStateException("a bug"))
          .crash(FaultyDisk.Op.CREATE, ".gitattributes", new IllegalStateException("a bug"));

  @TempDir Path dir;

  private void fixtures() throws IOException {
    String sample = Samples.read(Samples.NANSHA);
    for (String name : new String[] {"a.yaml", "locked.yaml", "crash.yaml", "unwritable.yaml"}) {
      Files.writeString(dir.resolve(name), sample);
    }
    Files.writeString(dir.resolve("b.yaml"), sample.replace("项目支出: 13074.48", "项目支出: 13500.00"));
    Files.writeString(dir.resolve("bad.yaml"), "部门名: 甲\n");
    for (String name : new String[] {"form.docx", "locked.docx", "crash.docx"}) {
      Files.copy(FORM, dir.resolve(name));
    }
    Files.writeString(dir.resolve("broken.docx"), "not a zip");
    Files.createDirectories(dir.resolve("templates/broken"));
    Files.writeString(dir.resolve("templates/broken/template.docx"), "not a zip");
  }

  /** A repository set up already (git-setup writes nothing there), and a fresh one. */
  private void repositories() throws IOException {
    Path done = GitRepo.init(Files.createDirectories(dir.resolve("repo"))).dir();
    assertThat(Cli.run(done, "git-setup").code()).isZero();
    GitRepo.init(Files.createDirectories(dir.resolve("fresh")));
  }

  @ParameterizedTest(name = "{0}: declgen {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ok                 | render a.yaml                          | 0
      ok                 | check a.yaml                           | 0
      ok                 | textconv a.yaml                        | 0
      ok                 | diff a.yaml a.yaml                     | 0
      ok                 | import form.docx -o imported.yaml      | 0
      ok                 | init 某局 -o new.yaml                   | 0
      ok                 | template inspect gz-district           | 0
      ok                 | templates                              | 0
      ok                 | --help                                 | 0
      ok                 | git-setup repo                         | 0
      missing file       | render nope.yaml                       | 2
      missing file       | check nope.yaml                        | 2
      missing file       | textconv nope.yaml                     | 2
      missing file       | diff nope.yaml a.yaml                  | 2
      missing file       | import nope.docx                       | 2
      missing file       | bench --sample nope.yaml --make-batch b | 2
      missing file       | git-setup nope                         | 2
      not a repository   | git-setup .                            | 2
      unreadable file    | render locked.yaml                     | 2
      unreadable file    | check locked.yaml                      | 2
      unreadable file    | textconv locked.yaml                   | 2
      unreadable file    | diff a.yaml locked.yaml                | 2
      unreadable file    | import locked.docx                     | 2
      unwritable file    | render unwritable.yaml                 | 2
      unwritable file    | init 某局 -o unwritable-new.yaml        | 2
      existing file      | init 某局 -o a.yaml                     | 2
      existing file      | import form.docx -o a.yaml             | 2
      usage              | ''                                     | 2
      usage              | nosuchcommand                          | 2
      usage              | render                                 | 2
      usage              | render --bogus a.yaml                  | 2
      usage              | render -f pdfx a.yaml                  | 2
      usage              | check                                  | 2
      usage              | check --format xml a.yaml              | 2
      usage              | textconv                               | 2
      usage              | diff a.yaml                            | 2
      usage              | diff -f xml a.yaml a.yaml              | 2
      usage              | import                                 | 2
      usage              | init                                   | 2
      usage              | template inspect                       | 2
      usage              | git-setup repo fresh                   | 2
      usage              | git-setup --bogus                      | 2
      unknown template   | render -t nope a.yaml                  | 2
      unknown template   | check -t nope a.yaml                   | 2
      unknown template   | textconv -t nope a.yaml                | 2
      unknown template   | template inspect nope                  | 2
      unknown template   | init 某局 -t nope                       | 2
      unknown template   | import -t nope form.docx -o t.yaml     | 2
      declaration errors | render bad.yaml                        | 1
      declaration errors | render --force bad.yaml                | 1
      declaration errors | check bad.yaml                         | 1
      declaration errors | textconv bad.yaml                      | 0
      declaration errors | diff bad.yaml a.yaml                   | 2
      declaration errors | import broken.docx                     | 1
      template errors    | render -t broken a.yaml                | 1
      template errors    | template inspect broken                | 1
      versions differ    | diff a.yaml b.yaml                     | 1
      outputs stale      | render --check a.yaml                  | 1
      internal error     | render crash.yaml                      | 3
      internal error     | check crash.yaml                       | 3
      internal error     | textconv crash.yaml                    | 3
      internal error     | diff a.yaml crash.yaml                 | 3
      internal error     | import crash.docx -o out.yaml          | 3
      internal error     | init 某局 -o crash.yaml                 | 3
      internal error     | git-setup fresh                        | 3
      """)
  void everyCommandMeansTheSameByEachCode(String situation, String line, int expected)
      throws IOException {
    fixtures();
    if (line.startsWith("git-setup")) {
      repositories();
    }
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Cli r = Cli.run(dir, DISK, Map.of(), args);
    assertThat(r.code())
        .as(situation + "\nout: " + r.out() + "\nerr: " + r.err())
        .isEqualTo(expected);
    assertThat(r.err()).doesNotContain("\tat ");
  }
}
