package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.declgen.form.DepartmentForm;
import org.declgen.form.FormSchema;
import org.declgen.internal.AtomicFiles;

/**
 * The JSON Schema that gives editors (VS Code's YAML extension) completion and Chinese notes for a
 * declaration, and the {@code # yaml-language-server: $schema=…} reference on a declaration's first
 * line, which the editor resolves from the declaration's own folder.
 *
 * <p>The schema lives in the user's repository, so the reference works on every clone and machine:
 * the first {@code .declgen/declaration.schema.json} (or {@code schema/declaration.schema.json}, as
 * in declgen's own repository) found from the declaration's folder up to the repository's top
 * folder; when there is none, declgen writes {@code .declgen/declaration.schema.json} at the top
 * folder. Outside a git repository, any folder above may hold it, and a new one is written into the
 * declaration's own folder.
 */
public final class EditorSchema {
  public static final String FILE = "declaration.schema.json";

  /** The schema's {@code $id}: a name, not a place editors fetch from. */
  public static final String ID = "https://declgen.org/schema/declaration.schema.json";

  /** The folder declgen writes the schema into, at a repository's top. */
  public static final String FOLDER = ".declgen";

  /** Where an existing schema is looked for in each folder, in this order. */
  private static final List<Path> PLACES = List.of(Path.of(FOLDER, FILE), Path.of("schema", FILE));

  private EditorSchema() {}

  /**
   * Where the schema of a declaration is, or is to be written.
   *
   * @param schema the schema file (absolute)
   * @param reference the schema as seen from the declaration's folder, with {@code /}
   * @param exists whether the schema is already there
   */
  public record Link(Path schema, String reference, boolean exists) {}

  /**
   * A schema written (or not) for a new declaration.
   *
   * @param shown the schema file, as the user sees it
   * @param problem why it could not be written (editors then just do not complete)
   */
  public record Placed(String shown, Optional<FileProblem> problem) {}

  /** The schema's text, made from the form description. */
  public static String text() {
    return FormSchema.write(DepartmentForm.FORM, ID);
  }

  /** The link for a declaration at {@code yaml}; writes nothing. */
  public static Link forDeclaration(Path yaml) {
    Path folder = yaml.toAbsolutePath().normalize().getParent();
    Optional<Path> top = repositoryTop(folder);
    Path last = top.orElse(folder.getRoot());
    for (Path d = folder; d != null && d.startsWith(last); d = d.getParent()) {
      for (Path place : PLACES) {
        Path candidate = d.resolve(place);
        if (Files.isRegularFile(candidate)) {
          return link(folder, candidate, true);
        }
      }
    }
    return link(folder, top.orElse(folder).resolve(FOLDER).resolve(FILE), false);
  }

  /**
   * The schema reference {@code fmt} writes on a declaration's first line, given the one it names
   * (null when none): the file's own when it is a web address or a file that exists, else this
   * link's — a declaration copied from elsewhere names a schema that is not in its new place, and
   * the editor would stop completing without saying why. A missing schema with no link to one ready
   * is left named as it is.
   */
  public static String referenceFor(Path yaml, String named) {
    Link link = forDeclaration(yaml);
    if (named == null) {
      return link.reference();
    }
    if (named.contains("://") || !link.exists() || resolves(yaml, named)) {
      return named;
    }
    return link.reference();
  }

  private static boolean resolves(Path yaml, String reference) {
    try {
      Path folder = yaml.toAbsolutePath().normalize().getParent();
      return Files.isRegularFile(folder.resolve(reference.strip()));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The link {@code git-setup} keeps up to date: the schema at the repository's top folder. */
  static Link atTop(Path top) {
    Path declgenOwn = top.resolve(FOLDER).resolve(FILE);
    Path projectOwn = top.resolve("schema").resolve(FILE);
    Path schema = Files.isRegularFile(projectOwn) ? projectOwn : declgenOwn;
    return link(top, schema, Files.isRegularFile(schema));
  }

  /** The folder holding {@code .git} (a folder, or a file in a worktree), if any. */
  static Optional<Path> repositoryTop(Path folder) {
    for (Path d = folder; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Link link(Path from, Path schema, boolean exists) {
    String reference = from.relativize(schema).toString().replace('\\', '/');
    return new Link(schema, reference, exists);
  }

  /**
   * Writes the schema where the link says when it is missing or (with {@code refresh}) differs from
   * this declgen's; only a schema declgen placed ({@code .declgen/}) is ever rewritten.
   *
   * @return whether the file was written
   */
  static boolean place(Link link, boolean refresh, AtomicFiles files) throws AtomicFiles.Failure {
    byte[] wanted = text().getBytes(StandardCharsets.UTF_8);
    if (link.exists()) {
      boolean ours = link.schema().getParent().getFileName().toString().equals(FOLDER);
      if (!refresh || !ours || same(link.schema(), wanted)) {
        return false;
      }
    }
    files.write(link.schema(), wanted);
    return true;
  }

  /**
   * Writes the schema for a new declaration when it is missing; never fails the command.
   *
   * @return what was written, or why not; empty when the schema was there already
   */
  static Optional<Placed> placeFor(Link link, AtomicFiles files, PathDisplay display) {
    String shown = display.show(link.schema());
    try {
      return place(link, false, files)
          ? Optional.of(new Placed(shown, Optional.empty()))
          : Optional.empty();
    } catch (AtomicFiles.Failure e) {
      FileProblem problem =
          FileProblem.of(FileProblem.Action.WRITE, link.schema(), e.getCause(), display);
      return Optional.of(new Placed(shown, Optional.of(problem)));
    }
  }

  private static boolean same(Path file, byte[] wanted) {
    try {
      return Arrays.equals(Files.readAllBytes(file), wanted);
    } catch (IOException e) {
      return false;
    }
  }
}
