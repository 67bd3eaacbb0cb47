package org.declgen.diff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.internal.Git;

/** Reads declarations out of git: {@code git show REV:path}, and the files changed since a REV. */
public final class GitFiles {
  /** {@code REV:path}; a one-letter REV followed by a slash is a Windows drive, not a revision. */
  private static final Pattern REVISION_PATH = Pattern.compile("([^:\\\\/]*):(.+)");

  private final Path workingDir;
  private final Map<String, String> env;

  /**
   * Files of the repository around {@code workingDir}, asked of git with the command's {@code env}.
   */
  public GitFiles(Path workingDir, Map<String, String> env) {
    this.workingDir = workingDir;
    this.env = Map.copyOf(env);
  }

  /** Thrown when git is missing or fails; the message is git's own. */
  public static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  /** A {@code REV:path} argument split into its revision and path. */
  public record RevisionPath(String revision, String path) {}

  /** Reads {@code REV:path}, or {@code HEAD:path}; empty when the argument is not one. */
  public static Optional<RevisionPath> parse(String argument) {
    Matcher m = REVISION_PATH.matcher(argument);
    if (!m.matches() || (m.group(1).length() == 1 && m.group(2).matches("[\\\\/].*"))) {
      return Optional.empty();
    }
    return Optional.of(new RevisionPath(m.group(1), m.group(2)));
  }

  /** The bytes of {@code path} at {@code revision}, as {@code git show} gives them. */
  public byte[] show(RevisionPath rp) throws GitException {
    return run(List.of("show", rp.revision() + ":" + rp.path()));
  }

  /** Whether {@code path} (relative to the working folder) exists at {@code revision}. */
  public boolean exists(String revision, String path) {
    try {
      run(List.of("cat-file", "-e", revision + ":./" + path));
      return true;
    } catch (GitException e) {
      return false;
    }
  }

  /**
   * A YAML file that differs between a revision and the working tree, relative to the working
   * folder: its path at the revision ({@code before}) and now ({@code after}), null on the side
   * where it does not exist; the two differ when git found it renamed.
   */
  public record Changed(String before, String after) {
    public boolean renamed() {
      return before != null && after != null && !before.equals(after);
    }
  }

  /**
   * The YAML files that differ between {@code revision} and the working tree, deleted ones
   * included, and renamed ones as git's rename detection finds them ({@code git mv} and an edit).
   */
  public List<Changed> changedYaml(String revision) throws GitException {
    String status =
        new String(
            run(
                List.of(
                    "diff",
                    "--name-status",
                    "-z",
                    "-M",
                    "--relative",
                    revision,
                    "--",
                    "*.yaml",
                    "*.yml")),
            StandardCharsets.UTF_8);
    List<Changed> files = new ArrayList<>();
    String[] fields = status.split("\0");
    for (int i = 0; i + 1 < fields.length; i += 2) {
      char kind = fields[i].isEmpty() ? ' ' : fields[i].charAt(0);
      String path = fields[i + 1];
      if ((kind == 'R' || kind == 'C') && i + 2 < fields.length) {
        files.add(new Changed(kind == 'R' ? path : null, fields[i + 2]));
        i++;
      } else if (kind == 'A') {
        files.add(new Changed(null, path));
      } else if (kind == 'D') {
        files.add(new Changed(path, null));
      } else {
        files.add(new Changed(path, path));
      }
    }
    return files;
  }

  private byte[] run(List<String> args) throws GitException {
    Git.Output result;
    try {
      result = new Git(workingDir, env).runForBytes(args.toArray(String[]::new));
    } catch (Git.Missing e) {
      throw new GitException(e.getMessage());
    }
    if (result.code() != 0) {
      throw new GitException(result.err());
    }
    return result.out();
  }
}
