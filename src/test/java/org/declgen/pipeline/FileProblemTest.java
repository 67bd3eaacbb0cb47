package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.declgen.diag.Messages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the system says about a file becomes a sentence a clerk can act on, in both languages,
 * naming the file the user meant, never the temporary file the system named.
 */
class FileProblemTest {
  @TempDir Path dir;

  private static final String TEMP = ".p.md.declgen-4242-0123abcd.part";

  static IOException failure(String kind, Path dir) {
    String temp = dir.resolve(TEMP).toString();
    return switch (kind) {
      case "denied" -> new AccessDeniedException(temp);
      case "full" -> new IOException("No space left on device");
      case "quota" -> new FileSystemException(temp, null, "Disk quota exceeded");
      case "read-only" -> new FileSystemException(temp, null, "Read-only file system");
      case "folder" -> new FileSystemException(temp, null, "Is a directory");
      case "in-use" ->
          new FileSystemException(
              temp,
              null,
              "The process cannot access the file because it is being used by another process");
      case "exists" -> new FileAlreadyExistsException(temp);
      case "missing" -> new NoSuchFileException(temp);
      case "other" -> new FileSystemException(temp, null, "Input/output error");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      WRITE | denied    | 无法写入「out/p.md」：没有写入权限                     | cannot write “out/p.md”: no permission to write there
      READ  | denied    | 无法读取「out/p.md」：没有读取权限                     | cannot read “out/p.md”: no permission to read it
      WRITE | full      | 无法写入「out/p.md」：磁盘已满                         | cannot write “out/p.md”: the disk is full
      WRITE | quota     | 无法写入「out/p.md」：磁盘已满                         | cannot write “out/p.md”: the disk is full
      WRITE | read-only | 无法写入「out/p.md」：磁盘或文件夹是只读的             | cannot write “out/p.md”: the disk or folder is read-only
      WRITE | folder    | 无法写入「out/p.md」：这是一个文件夹，不是文件         | cannot write “out/p.md”: it is a folder, not a file
      WRITE | in-use    | 无法写入「out/p.md」：文件正被其他程序打开（例如 Word），请关闭后重试 | cannot write “out/p.md”: the file is open in another program (such as Word); close it and try again
      CREATE | exists   | 无法创建「out/p.md」：已经存在                         | cannot create “out/p.md”: it already exists
      READ  | missing   | 找不到「out/p.md」                                     | “out/p.md” not found
      WRITE | other     | 无法写入「out/p.md」：操作系统报告：Input/output error | cannot write “out/p.md”: the system says: Input/output error
      """)
  void saysWhatTheSystemSaidInWords(
      FileProblem.Action action, String kind, String chinese, String english) {
    Path target = dir.resolve("out/p.md");
    FileProblem p =
        FileProblem.of(
            action, target, failure(kind, dir.resolve("out")), new PathDisplay(dir, false));
    assertThat(p.message(Messages.chinese())).isEqualTo(chinese.strip()).doesNotContain(".part");
    assertThat(p.message(Messages.english())).isEqualTo(english.strip());
  }

  @ParameterizedTest
  @CsvSource({"false, afile/x.yaml, afile", "true, {dir}/afile/x.yaml, {dir}/afile"})
  void aFileWhereAFolderShouldBeIsNamedAsTheUserWroteIt(
      boolean absolute, String shownTarget, String shownBlocker) throws IOException {
    Files.writeString(dir.resolve("afile"), "");
    Path target = dir.resolve("afile/x.yaml");
    String root = dir.toAbsolutePath().normalize().toString();
    FileProblem p =
        FileProblem.of(
            FileProblem.Action.CREATE,
            target,
            new NotDirectoryException(dir.resolve("afile").toString()),
            new PathDisplay(dir, absolute));
    assertThat(p.message(Messages.chinese()))
        .isEqualTo(
            "无法创建「"
                + shownTarget.replace("{dir}", root)
                + "」：「"
                + shownBlocker.replace("{dir}", root)
                + "」是一个文件，不是文件夹");
  }

  @ParameterizedTest
  @CsvSource({"out, out/x.docx", "../up, ../up/x.docx", "/abs/dir, /abs/dir/x.docx"})
  void pathsAreShownAsTheUserGaveThem(String given, String shown) {
    Path working = dir.resolve("work");
    PathDisplay display = PathDisplay.like(working, given);
    assertThat(display.show(working.resolve(given).resolve("x.docx"))).isEqualTo(shown);
  }
}
