package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.declgen.internal.AtomicFiles;
import org.declgen.internal.Git;

/**
 * {@code git-setup}: makes {@code git diff} and {@code git log -p} of the repository a folder is in
 * show declarations as their review Markdown — the .gitattributes lines that send declarations and
 * Word/Excel forms through declgen's textconv and leave declgen.yaml a plain diff, the repository's
 * textconv config, and the editor schema at its top. Running it again changes nothing.
 */
final class GitSetup {
  /** The attributes, in this order: the last line that matches a file decides. */
  static final List<String> ATTRIBUTES =
      List.of(
          "*.yaml diff=declgen",
          "*.yml diff=declgen",
          "*.docx diff=declgen",
          "*.xlsx diff=declgen",
          Inputs.SETTINGS + " diff");

  static final String COMMENT =
      "# declgen git-setup：git diff、git log -p 显示申报表的审阅用 Markdown（declgen.yaml 照常比较）";

  static final String TEXTCONV = "diff.declgen.textconv";
  static final String CACHE = "diff.declgen.cachetextconv";

  /**
   * Where git keeps the conversions. It drops them only when the textconv command changes, so after
   * an upgrade of declgen, or a declgen.yaml that names another template, it would show old review
   * Markdown: setting up again clears them.
   */
  static final String CONVERSIONS = "refs/notes/textconv/declgen";

  private final Workspace workspace;

  GitSetup(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * @param folder a folder of the repository, as the user gave it
   * @param textconv the command git is to run as {@code declgen textconv}
   */
  GitSetupDone run(String folder, String textconv) {
    Path dir = workspace.resolve(folder).normalize();
    PathDisplay display = PathDisplay.like(workspace.dir, folder);
    if (!Files.isDirectory(dir)) {
      FileProblem problem =
          Files.exists(dir)
              ? FileProblem.of(
                  FileProblem.Action.READ, dir, new NotDirectoryException(dir.toString()), display)
              : FileProblem.notFound(display.show(dir));
      return GitSetupDone.failed(GitSetupDone.Outcome.UNUSABLE_FOLDER, "", problem);
    }
    Git git = new Git(dir);
    try {
      Git.Result top = git.run("rev-parse", "--show-toplevel");
      if (!top.ok() || top.out().isEmpty()) {
        return GitSetupDone.failed(
            GitSetupDone.Outcome.NOT_A_REPOSITORY, dir.normalize().toString());
      }
      return setUp(git, Path.of(top.out()).toAbsolutePath().normalize(), display, textconv);
    } catch (Git.Missing e) {
      return GitSetupDone.failed(GitSetupDone.Outcome.NO_GIT, "");
    }
  }

  private GitSetupDone setUp(Git git, Path top, PathDisplay display, String textconv)
      throws Git.Missing {
    Path attributes = top.resolve(".gitattributes");
    boolean written;
    try {
      written = writeAttributes(attributes);
    } catch (IOException e) {
      FileProblem problem =
          FileProblem.of(
              FileProblem.Action.WRITE,
              attributes,
              e instanceof AtomicFiles.Failure f ? f.getCause() : e,
              display);
      return GitSetupDone.failed(GitSetupDone.Outcome.UNWRITABLE, top.toString(), problem);
    }
    Optional<String> before = get(git, TEXTCONV);
    Optional<String> cacheBefore = get(git, CACHE);
    boolean textconvSet = !before.equals(Optional.of(textconv));
    boolean cacheSet = !cacheBefore.equals(Optional.of("true"));
    String failure = "";
    if (textconvSet) {
      failure = set(git, TEXTCONV, textconv);
    }
    if (failure.isEmpty() && cacheSet) {
      failure = set(git, CACHE, "true");
    }
    if (!failure.isEmpty()) {
      return GitSetupDone.failed(GitSetupDone.Outcome.CONFIG_FAILED, top.toString())
          .saying(failure);
    }
    boolean cleared =
        git.run("rev-parse", "--verify", "-q", CONVERSIONS).ok()
            && git.run("update-ref", "-d", CONVERSIONS).ok();
    EditorSchema.Link schema = EditorSchema.atTop(top);
    GitSetupDone.Schema state;
    Optional<FileProblem> schemaProblem = Optional.empty();
    try {
      boolean placed = EditorSchema.place(schema, true, workspace.files);
      state =
          !placed
              ? GitSetupDone.Schema.CURRENT
              : schema.exists() ? GitSetupDone.Schema.UPDATED : GitSetupDone.Schema.WRITTEN;
    } catch (AtomicFiles.Failure e) {
      state = GitSetupDone.Schema.NOT_WRITTEN;
      schemaProblem =
          Optional.of(
              FileProblem.of(FileProblem.Action.WRITE, schema.schema(), e.getCause(), display));
    }
    GitSetupDone done =
        new GitSetupDone(
            GitSetupDone.Outcome.DONE,
            top.toString(),
            display.show(attributes),
            written,
            textconv,
            before.filter(b -> !b.equals(textconv)),
            textconvSet,
            cacheSet,
            cleared,
            state,
            display.show(schema.schema()),
            Optional.empty(),
            "");
    return schemaProblem.map(done::with).orElse(done);
  }

  /** Adds declgen's lines unless they are there in this order; true when the file was written. */
  private boolean writeAttributes(Path file) throws IOException {
    String existing =
        Files.exists(file) ? new String(workspace.read(file), StandardCharsets.UTF_8) : "";
    Optional<String> updated = withDeclgenLines(existing);
    if (updated.isEmpty()) {
      return false;
    }
    workspace.files.write(file, updated.get().getBytes(StandardCharsets.UTF_8));
    return true;
  }

  /**
   * The .gitattributes text with declgen's lines as one block at the end (earlier copies of them
   * removed, so the order holds), or empty when they are there in this order already.
   */
  static Optional<String> withDeclgenLines(String existing) {
    List<String> lines = existing.lines().toList();
    List<String> stripped = lines.stream().map(String::strip).toList();
    if (Collections.indexOfSubList(stripped, ATTRIBUTES) >= 0) {
      return Optional.empty();
    }
    String eol = existing.contains("\r\n") ? "\r\n" : "\n";
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (!ATTRIBUTES.contains(s) && !s.equals(COMMENT)) {
        kept.add(line);
      }
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
      kept.remove(kept.size() - 1);
    }
    StringBuilder text = new StringBuilder();
    for (String line : kept) {
      text.append(line).append(eol);
    }
    if (!kept.isEmpty()) {
      text.append(eol);
    }
    text.append(COMMENT).append(eol);
    for (String line : ATTRIBUTES) {
      text.append(line).append(eol);
    }
    return Optional.of(text.toString());
  }

  private static Optional<String> get(Git git, String key) throws Git.Missing {
    Git.Result r = git.run("config", "--local", "--get", key);
    return r.ok() ? Optional.of(r.out()) : Optional.empty();
  }

  /** Sets a config value of the repository; git's complaint when it cannot. */
  private static String set(Git git, String key, String value) throws Git.Missing {
    Git.Result r = git.run("config", "--local", key, value);
    return r.ok() ? "" : r.err().isEmpty() ? "git config " + key : r.err();
  }
}
