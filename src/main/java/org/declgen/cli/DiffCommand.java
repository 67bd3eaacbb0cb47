package org.declgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.diff.DeclarationDiff;
import org.declgen.diff.FileDiff;
import org.declgen.diff.GitFiles;
import org.declgen.diff.JsonReport;
import org.declgen.diff.MarkdownReport;
import org.declgen.form.DepartmentForm;
import org.declgen.model.Declaration;
import org.declgen.yaml.DeclarationReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen diff OLD NEW} / {@code declgen diff --git REV}: what changed between two versions
 * of a declaration, in the form's terms. Exits like {@code diff}: 0 equal, 1 different, 2 trouble.
 */
@Command(
    name = "diff",
    sortOptions = false,
    description = {
      "比较申报表的两个版本，按申报表栏目列出改动（金额增减、任务、指标）。",
      "Compare two versions of a declaration and list the changes in the form's terms.",
      "退出码 / exit: 0 相同 equal，1 有改动 different，2 出错 error."
    })
final class DiffCommand implements Callable<Integer> {
  static final int EQUAL = 0;
  static final int DIFFERENT = 1;
  static final int TROUBLE = 2;

  private final CliContext ctx;

  @Parameters(
      arity = "0..2",
      paramLabel = "OLD NEW",
      description = {
        "旧版与新版：文件路径，或 git 版本:路径（如 HEAD~1:data/x.yaml）。",
        "Old and new: a file, or REV:path read through git (e.g. HEAD~1:data/x.yaml)."
      })
  List<String> sides = new ArrayList<>();

  @Option(
      names = "--git",
      paramLabel = "REV",
      description = {
        "比较自 REV 以来改动过的每一份申报表（与工作区比较）。",
        "Compare every declaration changed since REV with the working tree."
      })
  String revision;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = {"输出格式：md（默认）或 json。", "md (default) or json."})
  String format;

  DiffCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** A side that could not be read; the reason has been printed. */
  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Integer call() {
    if (!format.equals("md") && !format.equals("json")) {
      ctx.err.println(ctx.messages.get("cli.diff.bad-format", format));
      return TROUBLE;
    }
    if ((revision == null) != (sides.size() == 2)) {
      ctx.err.println(ctx.messages.get("cli.diff.usage"));
      return TROUBLE;
    }
    List<FileDiff> files;
    try {
      files = revision == null ? List.of(pair(sides.get(0), sides.get(1))) : sinceRevision();
    } catch (Failed e) {
      return TROUBLE;
    }
    ctx.out.print(
        format.equals("json")
            ? JsonReport.write(files)
            : files.isEmpty()
                ? ctx.messages.get("cli.diff.no-files", revision) + "\n"
                : new MarkdownReport(ctx.messages).write(files));
    ctx.out.flush();
    return files.stream().allMatch(FileDiff::isEqual) ? EQUAL : DIFFERENT;
  }

  private FileDiff pair(String before, String after) throws Failed {
    Declaration a = load(before, read(before));
    Declaration b = load(after, read(after));
    return new FileDiff(before, after, DeclarationDiff.compare(a, b));
  }

  private List<FileDiff> sinceRevision() throws Failed {
    GitFiles git = new GitFiles(ctx.workingDir);
    List<String> changed;
    try {
      changed = git.changedYaml(revision);
    } catch (GitFiles.GitException e) {
      ctx.err.println(ctx.messages.get("cli.diff.git-error", e.getMessage()));
      throw new Failed();
    }
    List<FileDiff> files = new ArrayList<>();
    for (String path : changed) {
      if (Path.of(path).getFileName().toString().equals(DeclarationFiles.PROJECT_SETTINGS)) {
        continue;
      }
      String oldName = revision + ":" + path;
      byte[] oldBytes =
          git.exists(revision, path)
              ? gitShow(git, new GitFiles.RevisionPath(revision, "./" + path), oldName)
              : null;
      byte[] newBytes = Files.isRegularFile(ctx.resolve(path)) ? read(path) : null;
      if (!isDeclaration(oldBytes) && !isDeclaration(newBytes)) {
        continue;
      }
      if (oldBytes == null || newBytes == null) {
        files.add(
            new FileDiff(
                oldBytes == null ? null : oldName, newBytes == null ? null : path, List.of()));
        continue;
      }
      files.add(
          new FileDiff(
              oldName,
              path,
              DeclarationDiff.compare(load(oldName, oldBytes), load(path, newBytes))));
    }
    return files;
  }

  /** Declarations name their department at the top level; other YAML (CI files…) is skipped. */
  private static boolean isDeclaration(byte[] bytes) {
    return bytes != null
        && new String(bytes, StandardCharsets.UTF_8)
            .lines()
            .anyMatch(l -> l.startsWith(DepartmentForm.DEPARTMENT.label() + ":"));
  }

  private byte[] read(String side) throws Failed {
    Path file = ctx.resolve(side);
    if (Files.isRegularFile(file)) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        ctx.err.println(ctx.messages.get("cli.io-error", side, String.valueOf(e.getMessage())));
        throw new Failed();
      }
    }
    Optional<GitFiles.RevisionPath> rp = GitFiles.parse(side);
    if (rp.isEmpty()) {
      ctx.err.println(ctx.messages.get("cli.no-such-input", side));
      throw new Failed();
    }
    return gitShow(new GitFiles(ctx.workingDir), rp.get(), side);
  }

  private byte[] gitShow(GitFiles git, GitFiles.RevisionPath rp, String side) throws Failed {
    try {
      return git.show(rp);
    } catch (GitFiles.GitException e) {
      ctx.err.println(ctx.messages.get("cli.diff.git-show-error", side, e.getMessage()));
      throw new Failed();
    }
  }

  private Declaration load(String name, byte[] bytes) throws Failed {
    try {
      return new DeclarationReader(ctx.messages).read(name, bytes).declaration();
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      throw new Failed();
    }
  }
}
