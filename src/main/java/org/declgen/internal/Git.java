package org.declgen.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the git command line in a folder, with paths left unquoted (Chinese names stay readable).
 */
public final class Git {
  private final Path dir;
  private final Optional<Map<String, String>> env;

  /** git in {@code dir}, with this process's environment. */
  public Git(Path dir) {
    this.dir = dir;
    this.env = Optional.empty();
  }

  /**
   * git in {@code dir}, with the command's environment {@code env} (a resident server runs commands
   * for processes other than itself: their HOME, GIT_* and language go to git).
   */
  public Git(Path dir, Map<String, String> env) {
    this.dir = dir;
    this.env = Optional.of(Map.copyOf(env));
  }

  /** git could not be started at all: it is not installed, or not on PATH. */
  public static final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  /**
   * What git said and returned.
   *
   * @param out its standard output, stripped of the final line end
   * @param err its error output, stripped
   */
  public record Result(int code, String out, String err) {
    public boolean ok() {
      return code == 0;
    }
  }

  public Result run(String... args) throws Missing {
    Output o = runForBytes(args);
    return new Result(
        o.code(), new String(o.out(), StandardCharsets.UTF_8).replaceFirst("\r?\n$", ""), o.err());
  }

  /**
   * What git wrote, as bytes (a file's content from {@code git show}), its error output and code.
   *
   * @param err its error output, stripped
   */
  public record Output(int code, byte[] out, String err) {}

  public Output runForBytes(String... args) throws Missing {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
    command.addAll(List.of(args));
    Process p;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      env.ifPresent(
          e -> {
            builder.environment().clear();
            builder.environment().putAll(e);
          });
      p = builder.start();
    } catch (IOException e) {
      throw new Missing(e.getMessage());
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> bytes(p.getErrorStream()));
      byte[] out = bytes(p.getInputStream());
      int code = p.waitFor();
      return new Output(code, out, new String(err.join(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      return new Output(-1, new byte[0], "interrupted");
    }
  }

  private static byte[] bytes(InputStream in) {
    try (in;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
      in.transferTo(buffer);
      return buffer.toByteArray();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
