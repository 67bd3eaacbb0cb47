package org.declgen.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.testing.FaultyDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of outputs is replaced as a whole or not at all, and nothing temporary is left. */
class AtomicFilesTest {
  @TempDir Path dir;

  private Map<Path, byte[]> set(String docx, String md) {
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    outputs.put(dir.resolve("p.docx"), docx.getBytes(UTF_8));
    outputs.put(dir.resolve("p.md"), md.getBytes(UTF_8));
    return outputs;
  }

  private void oldSet() throws IOException {
    Files.writeString(dir.resolve("p.docx"), "old docx");
    Files.writeString(dir.resolve("p.md"), "old md");
  }

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void writesEveryFileOfASetAndLeavesNoTemporaryFile() throws IOException {
    oldSet();
    new AtomicFiles(Disk.REAL).writeAll(set("new docx", "new md"));
    assertThat(dir.resolve("p.docx")).hasContent("new docx");
    assertThat(dir.resolve("p.md")).hasContent("new md");
    assertThat(names()).containsExactly("p.docx", "p.md");
  }

  @Test
  void aFullDiskWhileWritingTheSecondFileKeepsTheOldSet() throws IOException {
    oldSet();
    Disk full =
        new FaultyDisk()
            .fail(FaultyDisk.Op.WRITE, "p.md", new IOException("No space left on device"));
    assertThatThrownBy(() -> new AtomicFiles(full).writeAll(set("new docx", "new md")))
        .isInstanceOfSatisfying(
            AtomicFiles.Failure.class,
            f -> assertThat(f.target()).isEqualTo(dir.resolve("p.md").toAbsolutePath()));
    assertThat(dir.resolve("p.docx")).hasContent("old docx");
    assertThat(dir.resolve("p.md")).hasContent("old md");
    assertThat(names()).containsExactly("p.docx", "p.md");
  }

  @Test
  void aFullDiskOnAFreshSetLeavesNoHalfOfIt() throws IOException {
    Disk full =
        new FaultyDisk()
            .fail(FaultyDisk.Op.WRITE, "p.md", new IOException("No space left on device"));
    assertThatThrownBy(() -> new AtomicFiles(full).writeAll(set("new docx", "new md")))
        .isInstanceOf(AtomicFiles.Failure.class);
    assertThat(names()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReplacedPutsBackTheOnesAlreadyReplaced() throws IOException {
    oldSet();
    Disk locked =
        new FaultyDisk()
            .fail(
                FaultyDisk.Op.MOVE,
                "p.md",
                new AccessDeniedException("p.md", null, "being used by another process"));
    assertThatThrownBy(() -> new AtomicFiles(locked).writeAll(set("new docx", "new md")))
        .isInstanceOf(AtomicFiles.Failure.class);
    assertThat(dir.resolve("p.docx")).hasContent("old docx");
    assertThat(dir.resolve("p.md")).hasContent("old md");
    assertThat(names()).containsExactly("p.docx", "p.md");
  }

  @Test
  void aFolderWhereAnOutputGoesFailsBeforeAnythingIsWritten() throws IOException {
    Files.createDirectory(dir.resolve("p.md"));
    assertThatThrownBy(() -> new AtomicFiles(Disk.REAL).writeAll(set("new docx", "new md")))
        .isInstanceOfSatisfying(
            AtomicFiles.Failure.class,
            f -> assertThat(f.getCause().getMessage()).contains("Is a directory"));
    assertThat(names()).containsExactly("p.md");
    assertThat(dir.resolve("p.md")).isDirectory();
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamed() throws IOException {
    Files.writeString(dir.resolve("afile"), "");
    assertThatThrownBy(
            () -> new AtomicFiles(Disk.REAL).write(dir.resolve("afile/sub/x.yaml"), new byte[1]))
        .isInstanceOfSatisfying(
            AtomicFiles.Failure.class,
            f ->
                assertThat(f.getCause())
                    .isInstanceOf(NotDirectoryException.class)
                    .hasMessage(dir.resolve("afile").toAbsolutePath().toString()));
  }

  @Test
  void createNeverReplacesAFile() throws IOException {
    Files.writeString(dir.resolve("x.yaml"), "mine");
    assertThatThrownBy(
            () -> new AtomicFiles(Disk.REAL).create(dir.resolve("x.yaml"), "new".getBytes(UTF_8)))
        .isInstanceOfSatisfying(
            AtomicFiles.Failure.class,
            f -> assertThat(f.getCause()).isInstanceOf(FileAlreadyExistsException.class));
    assertThat(dir.resolve("x.yaml")).hasContent("mine");
    assertThat(names()).containsExactly("x.yaml");
  }
}
