package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.declgen.server.Client;
import org.declgen.server.Request;
import org.declgen.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command sent to the resident server prints, writes and exits exactly as the same command run
 * in-process, relative paths included (the server's own folder is elsewhere).
 */
class ResidentServerTest {
  @TempDir static Path serverDir;

  @BeforeAll
  static void startServer() throws Exception {
    Thread t =
        new Thread(
            () -> {
              try {
                Server.serve(serverDir, "", Duration.ofMinutes(5), ServerMain::run);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    t.setDaemon(true);
    t.start();
    Client.awaitServer(serverDir.resolve(Server.SOCKET), Duration.ofSeconds(10));
  }

  @AfterAll
  static void stopServer() throws IOException {
    Files.deleteIfExists(serverDir.resolve(Server.SOCKET));
  }

  static Stream<Arguments> commandLines() {
    return Stream.of(
        Arguments.of(Map.of(), List.of("check", "申报 表.yaml")),
        Arguments.of(Map.of("LANG", "en_US.UTF-8"), List.of("check", "申报 表.yaml")),
        Arguments.of(Map.of(), List.of("check", "--format", "json", "申报 表.yaml")),
        Arguments.of(Map.of(), List.of("textconv", "申报 表.yaml")),
        Arguments.of(Map.of(), List.of("render", "-o", "out", "申报 表.yaml")),
        Arguments.of(Map.of(), List.of("render", "-t", "gd-municipal", "-o", "out", ".")),
        Arguments.of(Map.of(), List.of("diff", "申报 表.yaml", "改过.yaml")),
        Arguments.of(Map.of(), List.of("fmt", "--check", "申报 表.yaml")),
        Arguments.of(Map.of(), List.of("check", "没有这个文件.yaml")),
        Arguments.of(Map.of(), List.of("render", "--no-such-option", "申报 表.yaml")));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void printsWritesAndExitsAsInProcess(
      Map<String, String> env, List<String> args, @TempDir Path here, @TempDir Path there)
      throws IOException {
    prepare(here);
    prepare(there);

    Cli inProcess = Cli.run(here, env, args.toArray(String[]::new));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Client.Outcome outcome =
        Client.send(
            serverDir.resolve(Server.SOCKET), new Request("", there, false, env, args), out, err);

    assertThat(outcome.ending()).isEqualTo(Client.Ending.DONE);
    assertThat(outcome.exitCode()).isEqualTo(inProcess.code());
    assertThat(timeless(out.toString(StandardCharsets.UTF_8))).isEqualTo(timeless(inProcess.out()));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(inProcess.err());
    assertThat(files(there)).isEqualTo(files(here));
    for (Path file : files(here)) {
      assertThat(Files.readAllBytes(there.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(here.resolve(file)));
    }
  }

  /** A batch's summary says how long it took, which differs from run to run. */
  private static String timeless(String printed) {
    return printed.replaceAll("用时 [0-9.]+ 秒", "用时 … 秒");
  }

  private static void prepare(Path dir) throws IOException {
    String sample = Files.readString(Path.of("data/nansha-zwsj.yaml"));
    Files.writeString(dir.resolve("申报 表.yaml"), sample);
    Files.writeString(dir.resolve("改过.yaml"), sample.replace("839.55", "893.55"));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void theLauncherSendsTheCommandsTheServerTakes() throws IOException {
    String launcher = Files.readString(Path.of("src/dist/bin/declgen"));
    Matcher served =
        Pattern.compile("\\n\\s*((?:[a-z]+ \\| )+[a-z]+)\\) \\[ -S ").matcher(launcher);

    assertThat(served.find()).as("the launcher's case of served commands").isTrue();
    assertThat(Set.of(served.group(1).split(" \\| "))).isEqualTo(ResidentServer.SERVED);
  }
}
