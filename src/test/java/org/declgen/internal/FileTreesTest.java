package org.declgen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
  @TempDir Path dir;

  @Test
  void deletesAFolderWithAllItHoldsAndNothingOutsideIt() throws IOException {
    Path outside =
        Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("keep.txt"), "x");
    Path root = Files.createDirectories(dir.resolve("root/a/b"));
    Files.writeString(root.resolve("c.txt"), "c");
    Files.createSymbolicLink(dir.resolve("root/link"), outside.getParent());

    FileTrees.delete(dir.resolve("root"));

    assertThat(dir.resolve("root")).doesNotExist();
    assertThat(outside).hasContent("x");
  }

  @Test
  void aFolderThatIsNotThereIsNothingToDo() {
    assertThatCode(() -> FileTrees.delete(dir.resolve("missing"))).doesNotThrowAnyException();
    assertThatCode(() -> FileTrees.deleteQuietly(dir.resolve("missing")))
        .doesNotThrowAnyException();
    assertThatCode(() -> FileTrees.deleteQuietly(null)).doesNotThrowAnyException();
  }

  @Test
  void quietlyDeletesWhatItCan() throws IOException {
    Path root = Files.createDirectories(dir.resolve("tmp/x"));
    Files.writeString(root.resolve("y.txt"), "y");
    FileTrees.deleteQuietly(dir.resolve("tmp"));
    assertThat(dir.resolve("tmp")).doesNotExist();
  }
}
