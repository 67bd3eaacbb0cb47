package org.declgen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A throwaway git repository for tests that run the real git. */
public final class GitRepo {
  private final Path dir;
  private final Map<String, String> env;

  private GitRepo(Path dir, Map<String, String> env) {
    this.dir = dir;
    this.env = Map.copyOf(env);
  }

  /** Initialises a repository in {@code dir}; skips the test when git is not installed. */
  public static GitRepo init(Path dir) {
    return init(dir, Map.of());
  }

  /** As {@link #init(Path)}, with git run with {@code env} added to its environment. */
  public static GitRepo init(Path dir, Map<String, String> env) {
    assumeTrue(gitAvailable(), "git is not installed");
    GitRepo repo = new GitRepo(dir, env);
    repo.git("init", "-q");
    repo.git("config", "user.email", "test@example.org");
    repo.git("config", "user.name", "Test");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  public Path dir() {
    return dir;
  }

  /** Runs git in the repository and returns its output; fails the test when git fails. */
  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
    command.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.environment().putAll(env);
      Process p = pb.redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
