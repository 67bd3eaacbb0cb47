package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declgen.diff.DeclarationDiff;
import org.declgen.diff.FileDiff;
import org.declgen.diff.GitFiles;
import org.declgen.model.Declaration;
import org.declgen.yaml.LoadedDeclaration;

/**
 * {@code diff}: loads two versions of a declaration — files, or {@code REV:path} read through git —
 * and compares them; or every declaration changed since a revision. Stops at the first version that
 * cannot be loaded. Each version's {@code 模板} is the template every command would choose for it
 * (its own {@code 模板}, else the declgen.yaml of its path in the working tree, else the default), so
 * the diff says when a change makes the declaration another form, and not when it only writes down
 * the template that applied anyway.
 */
final class DiffRun {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Loader loader;
  private Findings findings = Findings.NONE;
  private final List<String> troubles = new ArrayList<>();

  /** A version that could not be loaded; the reason is in the findings or troubles. */
  private static final class Unloadable extends Exception {
    private static final long serialVersionUID = 1L;
  }

  DiffRun(Workspace workspace, SettingsLookup settings) {
    this.workspace = workspace;
    this.settings = settings;
    this.loader = new Loader(workspace.messages);
  }

  Diffed pair(String before, String after) {
    try {
      Declaration a = load(before, read(before), pathOf(before));
      Declaration b = load(after, read(after), pathOf(after));
      return done(List.of(new FileDiff(before, after, DeclarationDiff.compare(a, b))));
    } catch (Unloadable e) {
      return done(List.of());
    }
  }

  Diffed since(String revision) {
    GitFiles git = new GitFiles(workspace.dir, workspace.environment);
    try {
      List<FileDiff> files = new ArrayList<>();
      for (GitFiles.Changed file : git.changedYaml(revision)) {
        if (!isSettings(file.before()) && !isSettings(file.after())) {
          changed(git, revision, file).ifPresent(files::add);
        }
      }
      return done(files);
    } catch (GitFiles.GitException e) {
      troubles.add(workspace.messages.get("cli.diff.git-error", e.getMessage()));
    } catch (Unloadable e) {
      // reported
    }
    return done(List.of());
  }

  private static boolean isSettings(String path) {
    return path != null && Path.of(path).getFileName().toString().equals(Inputs.SETTINGS);
  }

  /**
   * One changed YAML file, renamed ones compared with their former selves; empty when neither
   * version is a declaration (CI files…).
   */
  private Optional<FileDiff> changed(GitFiles git, String revision, GitFiles.Changed file)
      throws Unloadable {
    String oldName = file.before() == null ? null : revision + ":" + file.before();
    byte[] oldBytes =
        oldName != null && git.exists(revision, file.before())
            ? show(git, new GitFiles.RevisionPath(revision, "./" + file.before()), oldName)
            : null;
    String path = file.after();
    byte[] newBytes =
        path != null && Files.isRegularFile(workspace.resolve(path)) ? readFile(path) : null;
    if (!isDeclaration(oldBytes) && !isDeclaration(newBytes)) {
      return Optional.empty();
    }
    if (oldBytes == null || newBytes == null) {
      return Optional.of(
          new FileDiff(
              oldBytes == null ? null : oldName, newBytes == null ? null : path, List.of()));
    }
    return Optional.of(
        new FileDiff(
            oldName,
            path,
            DeclarationDiff.compare(
                load(oldName, oldBytes, workspace.resolve(path)),
                load(path, newBytes, workspace.resolve(path))),
            file.renamed() ? file.before() : null));
  }

  private static boolean isDeclaration(byte[] bytes) {
    return bytes != null && Inputs.isDeclaration(bytes);
  }

  /** A side: a file, else {@code REV:path}. */
  private byte[] read(String side) throws Unloadable {
    if (Files.isRegularFile(workspace.resolve(side))) {
      return readFile(side);
    }
    Optional<GitFiles.RevisionPath> rp = GitFiles.parse(side);
    if (rp.isEmpty() || Files.exists(workspace.resolve(side))) {
      return readFile(side);
    }
    return show(new GitFiles(workspace.dir, workspace.environment), rp.get(), side);
  }

  private byte[] readFile(String side) throws Unloadable {
    Path file = workspace.resolve(side);
    try {
      return workspace.read(file);
    } catch (IOException e) {
      PathDisplay display = PathDisplay.like(workspace.dir, side);
      troubles.add(
          FileProblem.of(FileProblem.Action.READ, file, e, display).message(workspace.messages));
      throw new Unloadable();
    }
  }

  private byte[] show(GitFiles git, GitFiles.RevisionPath rp, String side) throws Unloadable {
    try {
      return git.show(rp);
    } catch (GitFiles.GitException e) {
      troubles.add(workspace.messages.get("cli.diff.git-show-error", side, e.getMessage()));
      throw new Unloadable();
    }
  }

  /** Where a side's settings are looked up: the file, or the path of {@code REV:path}. */
  private Path pathOf(String side) {
    Path file = workspace.resolve(side);
    if (Files.exists(file)) {
      return file;
    }
    return GitFiles.parse(side).map(rp -> workspace.resolve(rp.path())).orElse(file);
  }

  /** A version, with the template every command would choose for it as its {@code 模板}. */
  private Declaration load(String name, byte[] bytes, Path where) throws Unloadable {
    Loaded loaded = loader.load(name, bytes);
    if (loaded.declaration().isEmpty()) {
      findings = findings.and(loaded.findings());
      throw new Unloadable();
    }
    LoadedDeclaration d = loaded.declaration().get();
    TemplateChoice chosen =
        TemplateChoice.of(Optional.empty(), TemplateChoice.declared(d), settings.forFile(where));
    return d.declaration().withTemplate(chosen.spec());
  }

  private Diffed done(List<FileDiff> files) {
    return new Diffed(files, findings, troubles);
  }
}
