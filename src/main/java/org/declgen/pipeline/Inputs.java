package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.declgen.form.DepartmentForm;

/**
 * The declaration files a command line names. A file named on the command line is always read as a
 * declaration. In a folder (and its subfolders), declgen reads {@code .yaml} / {@code .yml} files
 * and skips hidden folders and files (names starting with a dot: {@code .git/}, {@code .github/}),
 * the settings file {@code declgen.yaml}, and YAML that is not a declaration: a declaration has a
 * line that starts with one of the form's top-level keys ({@code 部门名称:}, {@code 年度:}, …; a
 * full-width colon, as a Chinese input method types it, counts too).
 */
public final class Inputs {
  /** The per-folder settings file, which is not a declaration. */
  public static final String SETTINGS = "declgen.yaml";

  private static final Pattern YAML = Pattern.compile("(?i).*\\.ya?ml");
  private static final TopLevelKeys TOP_LEVEL_KEYS = new TopLevelKeys(DepartmentForm.FORM.labels());

  private Inputs() {}

  /**
   * What the arguments name.
   *
   * @param files the declaration files, each folder's in path order
   * @param problems arguments that name nothing readable
   */
  public record Expansion(List<InputFile> files, List<FileProblem> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  static Expansion expand(Path workingDir, List<String> arguments) {
    List<InputFile> files = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    for (String argument : arguments) {
      PathDisplay display = PathDisplay.like(workingDir, argument);
      Path path = workingDir.resolve(argument);
      if (Files.isDirectory(path)) {
        walk(path, display, files, problems);
      } else if (Files.exists(path)) {
        files.add(new InputFile(path, path.getFileName(), false, display));
      } else {
        problems.add(FileProblem.notFound(display.show(path)));
      }
    }
    return new Expansion(once(files), problems);
  }

  /**
   * Each file once, where it was first named: {@code a/x.yaml}, {@code ./a/../a/x.yaml} and a
   * folder holding it are one declaration, rendered and counted once.
   */
  private static List<InputFile> once(List<InputFile> files) {
    Set<Path> seen = new HashSet<>();
    List<InputFile> distinct = new ArrayList<>();
    for (InputFile file : files) {
      if (seen.add(identity(file.path()))) {
        distinct.add(file);
      }
    }
    return distinct;
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static void walk(
      Path root, PathDisplay display, List<InputFile> files, List<FileProblem> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(root) || !isHidden(dir)
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isDirectory() && isCandidate(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(FileProblem.of(FileProblem.Action.READ, file, e, display));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(FileProblem.of(FileProblem.Action.READ, root, e, display));
    }
    found.sort(null);
    for (Path p : found) {
      files.add(new InputFile(p, root.relativize(p), true, display));
    }
  }

  /** Two inputs whose outputs would have the same names: the later one would replace the first. */
  public record OutputClash(InputFile first, InputFile second) {}

  /**
   * The inputs that would write the same outputs ({@code a/x.yaml} and {@code b/x.yml} both make
   * {@code OUT/x.docx}), compared without case, as Windows and macOS compare file names.
   */
  public static List<OutputClash> outputClashes(List<InputFile> files) {
    Map<String, InputFile> seen = new HashMap<>();
    List<OutputClash> clashes = new ArrayList<>();
    for (InputFile file : files) {
      String key = file.baseName().replace('\\', '/').toLowerCase(Locale.ROOT);
      InputFile first = seen.putIfAbsent(key, file);
      if (first != null && !first.path().equals(file.path())) {
        clashes.add(new OutputClash(first, file));
      }
    }
    return clashes;
  }

  private static boolean isHidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static boolean isCandidate(Path file) {
    String name = file.getFileName().toString();
    return YAML.matcher(name).matches() && !name.startsWith(".") && !name.equals(SETTINGS);
  }

  /** Whether YAML bytes are a declaration: a line starts with one of the form's top-level keys. */
  public static boolean isDeclaration(byte[] yaml) {
    return isDeclaration(new String(yaml, StandardCharsets.UTF_8));
  }

  /**
   * Whether YAML text, as read (a byte-order mark included), is a declaration: a line starts with
   * one of the form's top-level keys.
   */
  public static boolean isDeclaration(String yaml) {
    return TOP_LEVEL_KEYS.foundIn(yaml);
  }
}
