package org.declgen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftovers of killed runs are recognised by name and cleaned up; nothing else is touched. */
class TempFilesTest {
  @TempDir Path dir;

  /** The id of a process that has ended. */
  static long deadPid() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void namesAreRecognisedAndNothingElseIs() {
    Path part = TempFiles.partFor(dir.resolve("c212.docx"));
    assertThat(part.getFileName().toString())
        .matches("\\.c212\\.docx\\.declgen-\\d+-[0-9a-f]{8}\\.part");
    assertThat(TempFiles.recognise(part))
        .hasValueSatisfying(
            l -> {
              assertThat(l.target()).isEqualTo(dir.resolve("c212.docx"));
              assertThat(l.pid()).isEqualTo(ProcessHandle.current().pid());
              assertThat(l.backup()).isFalse();
            });
    assertThat(TempFiles.recognise(TempFiles.backupFor(dir.resolve("x.md"))))
        .hasValueSatisfying(l -> assertThat(l.backup()).isTrue());
    for (String other :
        new String[] {
          ".c212.docx1449377247097529485.part",
          "notes.part",
          ".x.declgen-1-abc.part",
          "x.docx",
          ".x.docx.declgen-12-0123abcd.part.txt",
          ".x.docx.declgen-12-0123ABCD.part"
        }) {
      assertThat(TempFiles.recognise(dir.resolve(other))).as(other).isEmpty();
    }
  }

  @Test
  void leftoversOfADeadRunAreCleanedUpAndOthersAreLeftAlone() throws Exception {
    long dead = deadPid();
    long alive = ProcessHandle.current().pid();
    write(".p.docx.declgen-" + dead + "-0123abcd.part");
    write(".q.md.declgen-" + dead + "-0123abcd.old");
    write(".r.md.declgen-" + dead + "-0123abcd.old");
    write("r.md");
    write(".s.docx.declgen-" + alive + "-0123abcd.part");
    write(".c212.docx1449377247097529485.part");
    write("notes.part");

    assertThat(TempFiles.cleanUp(dir, Disk.REAL)).isEqualTo(3);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "q.md",
              "r.md",
              ".s.docx.declgen-" + alive + "-0123abcd.part",
              ".c212.docx1449377247097529485.part",
              "notes.part");
    }
    assertThat(dir.resolve("q.md")).hasContent(".q.md.declgen-" + dead + "-0123abcd.old");
    assertThat(dir.resolve("r.md")).hasContent("r.md");
  }

  private void write(String name) throws IOException {
    Files.writeString(dir.resolve(name), name);
  }
}
