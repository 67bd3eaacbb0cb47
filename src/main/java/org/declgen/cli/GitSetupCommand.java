package org.declgen.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.declgen.pipeline.GitSetupDone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen git-setup [DIR]}: makes {@code git diff} and {@code git log -p} of the repository
 * show declarations as review Markdown. Says what it did, step by step; running it again changes
 * nothing.
 */
@Command(
    name = "git-setup",
    description = {
      "让所在 git 仓库的 git diff、git log -p 显示申报表的审阅用 Markdown：写入 .gitattributes、"
          + "仓库的 git config 和编辑器提示文件。可以重复运行。",
      "Make git diff and git log -p of the repository show declarations as review Markdown:"
          + " writes .gitattributes, the repository's git config and the editor schema. Safe to"
          + " run again."
    })
final class GitSetupCommand implements Callable<Integer> {
  /** The system property the launchers set to their own path. */
  static final String LAUNCHER_PROPERTY = "declgen.launcher";

  private final CliContext ctx;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = {"仓库中的一个文件夹（默认为当前文件夹）。", "A folder of the repository (default: this one)."})
  String folder = ".";

  GitSetupCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    boolean onPath = onPath(ctx.env.getOrDefault("PATH", ""), windows);
    String launcher = System.getProperty(LAUNCHER_PROPERTY);
    String textconv = textconv(onPath, launcher, windows);
    GitSetupDone done = ctx.pipeline.gitSetup(folder, textconv);
    switch (done.outcome()) {
      case DONE -> said(done, onPath, launcher != null);
      case NOT_A_REPOSITORY -> ctx.error("cli.git-setup.not-a-repository", done.repository());
      case NO_GIT -> ctx.error("cli.git-setup.no-git");
      case CONFIG_FAILED -> ctx.error("cli.git-setup.config-failed", done.gitSays());
      case UNUSABLE_FOLDER, UNWRITABLE -> done.problem().ifPresent(ctx::print);
    }
    return ExitCodes.of(done.outcome().verdict());
  }

  private void said(GitSetupDone done, boolean onPath, boolean launcherKnown) {
    ctx.out.println(ctx.messages.get("cli.git-setup.repository", done.repository()));
    ctx.out.println(
        ctx.messages.get(
            done.attributesWritten()
                ? "cli.git-setup.attributes.written"
                : "cli.git-setup.attributes.kept",
            done.attributes()));
    if (done.replaced().isPresent()) {
      ctx.out.println(
          ctx.messages.get(
              "cli.git-setup.textconv.replaced", done.textconv(), done.replaced().get()));
    } else {
      ctx.out.println(
          ctx.messages.get(
              done.textconvWritten()
                  ? "cli.git-setup.textconv.written"
                  : "cli.git-setup.textconv.kept",
              done.textconv()));
    }
    ctx.out.println(
        ctx.messages.get(
            done.cacheWritten() ? "cli.git-setup.cache.written" : "cli.git-setup.cache.kept"));
    if (done.conversionsCleared()) {
      ctx.out.println(ctx.messages.get("cli.git-setup.cache.cleared"));
    }
    if (done.schema() != GitSetupDone.Schema.NOT_WRITTEN) {
      ctx.out.println(
          ctx.messages.get(
              "cli.git-setup.schema." + done.schema().name().toLowerCase(Locale.ROOT),
              done.schemaFile()));
    }
    String schemaFolder = Path.of(done.schemaFile()).getParent().toString();
    ctx.out.println(ctx.messages.get("cli.git-setup.next", schemaFolder));
    ctx.out.flush();
    done.problem()
        .ifPresent(
            p -> {
              ctx.print(p);
              ctx.error("cli.schema.not-written");
            });
    if (!onPath) {
      ctx.error(launcherKnown ? "cli.git-setup.not-on-path" : "cli.git-setup.not-on-path.by-name");
    }
  }

  /**
   * What git runs: {@code declgen textconv} when declgen is on PATH (it then keeps working when
   * declgen is upgraded or moved), else the launcher that runs this, by its full path.
   */
  static String textconv(boolean onPath, String launcher, boolean windows) {
    if (onPath || launcher == null || launcher.isBlank()) {
      return "declgen textconv";
    }
    String path = windows ? launcher.replace('\\', '/') : launcher;
    return "'" + path.replace("'", "'\\''") + "' textconv";
  }

  /** Whether a shell finds {@code declgen} on this PATH (git runs textconv through sh). */
  static boolean onPath(String path, boolean windows) {
    List<String> names =
        windows
            ? List.of("declgen", "declgen.cmd", "declgen.bat", "declgen.exe")
            : List.of("declgen");
    for (String dir : path.split(windows ? ";" : File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name : names) {
        try {
          Path candidate = Path.of(dir).resolve(name);
          if (Files.isRegularFile(candidate) && (windows || Files.isExecutable(candidate))) {
            return true;
          }
        } catch (InvalidPathException e) {
          // not a folder a shell would look in
        }
      }
    }
    return false;
  }
}
