package org.declgen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's Perl relay (src/dist/lib/declgen-send.pl) says to a {@link Server} what {@link
 * Client} says, relays what it answers byte for byte, and answers 125 ("run it yourself") where the
 * Java client runs the command itself. It runs as bin/declgen runs it: {@code perl -C0 -X}, so that
 * Perl's own warnings (a locale that is not installed, say) never reach the user, and arguments and
 * output stay bytes whatever PERL_UNICODE says.
 */
class PerlRelayTest {
  private static final Path RELAY = Path.of("src/dist/lib/declgen-send.pl");
  private static final String BUILD = "build 1 -rw-r--r-- 2 核心.jsa";
  private static final int RUN_IT_YOURSELF = 125;

  @TempDir Path dir;

  private Thread serverThread;

  @BeforeAll
  static void perlIsThere() throws Exception {
    Process p = new ProcessBuilder("perl", "-e", "1").start();
    assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "no perl on this machine");
  }

  @AfterEach
  void stopServer() throws Exception {
    Files.deleteIfExists(dir.resolve(Server.SOCKET));
    if (serverThread != null) {
      serverThread.join(10_000);
    }
  }

  private void serve(Server.Handler handler) throws InterruptedException {
    serverThread =
        new Thread(
            () -> {
              try {
                Server.serve(dir, BUILD, Duration.ofMinutes(1), handler);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    serverThread.setDaemon(true);
    serverThread.start();
    assertThat(Client.awaitServer(dir.resolve(Server.SOCKET), Duration.ofSeconds(10))).isTrue();
  }

  /** Serves {@code then} and completes the result with the request it was given. */
  private CompletableFuture<Request> serveRecording(Server.Handler then)
      throws InterruptedException {
    CompletableFuture<Request> seen = new CompletableFuture<>();
    serve(
        (r, out, err) -> {
          seen.complete(r);
          return then.run(r, out, err);
        });
    return seen;
  }

  private record Relayed(int code, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private Relayed relay(Path workingDir, Map<String, String> env, String build, String... args)
      throws Exception {
    return relay(false, workingDir, env, build, args);
  }

  private Relayed relay(
      boolean portable, Path workingDir, Map<String, String> env, String build, String... args)
      throws Exception {
    ProcessBuilder pb = relayProcess(portable, env, build, args).directory(workingDir.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    Future<byte[]> err = readAll(p.getErrorStream());
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Relayed(
        p.exitValue(), out, new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
  }

  /** The relay as bin/declgen starts it, for a user whose environment is {@code env}. */
  private ProcessBuilder relayProcess(Map<String, String> env, String build, String... args) {
    return relayProcess(false, env, build, args);
  }

  /**
   * As bin/declgen starts it; {@code portable}: as on a system other than Linux, where it finds the
   * working folder and makes the socket with Perl's modules.
   */
  private ProcessBuilder relayProcess(
      boolean portable, Map<String, String> env, String build, String... args) {
    List<String> settings = new ArrayList<>();
    for (String name : List.of("PERL_BADLANG", "PERL5OPT")) {
      settings.add(env.containsKey(name) ? name + "=" + env.get(name) : "-" + name);
    }
    List<String> line = new ArrayList<>(List.of("perl", "-C0", "-X"));
    if (portable) {
      line.addAll(List.of("-e", "$^O = 'elsewhere'; do shift; die $@ if $@"));
    }
    line.addAll(
        List.of(RELAY.toAbsolutePath().toString(), dir.resolve(Server.SOCKET).toString(), build));
    line.addAll(settings);
    line.add("--");
    line.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(line);
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.environment().put("PERL_BADLANG", "0");
    pb.environment().put("PERL5OPT", "");
    return pb;
  }

  private static Future<byte[]> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private Relayed relay(String... args) throws Exception {
    return relay(dir, Map.of("LANG", "zh_CN.UTF-8"), BUILD, args);
  }

  @ParameterizedTest(name = "portable: {0}")
  @ValueSource(booleans = {false, true})
  void sendsWhatTheJavaClientSendsAndRelaysOutputErrorsAndExitCode(boolean portable)
      throws Exception {
    CompletableFuture<Request> seen =
        serveRecording(
            (r, out, err) -> {
              out.println("输出 " + String.join("|", r.args()));
              err.println("错误");
              return 7;
            });
    Path work = Files.createDirectories(dir.resolve("工作 目录"));
    Map<String, String> env = Map.of("LANG", "zh_CN.UTF-8", "部门", "南沙 区", "EMPTY", "");

    Relayed r = relay(portable, work, env, BUILD, "check", "甲 乙.yaml", "", "--format=json");

    assertThat(r.code()).isEqualTo(7);
    assertThat(r.outText()).isEqualTo("输出 check|甲 乙.yaml||--format=json" + System.lineSeparator());
    assertThat(r.err()).isEqualTo("错误" + System.lineSeparator());
    Request request = seen.get(10, TimeUnit.SECONDS);
    assertThat(request.workingDir()).isEqualTo(work.toRealPath());
    assertThat(request.args()).containsExactly("check", "甲 乙.yaml", "", "--format=json");
    assertThat(request.env()).containsAllEntriesOf(env);
    assertThat(request.env())
        .as("the relay's own settings are not sent")
        .doesNotContainKeys("PERL_BADLANG", "PERL5OPT");
    assertThat(request.interactive()).as("no terminal here").isFalse();
  }

  @Test
  void perlUnicodeSettingsChangeNothing() throws Exception {
    CompletableFuture<Request> seen =
        serveRecording(
            (r, out, err) -> {
              out.print("输出 " + r.args().get(1));
              return 1;
            });

    Relayed r =
        relay(dir, Map.of("PERL_UNICODE", "SDA", "LANG", "zh_CN.UTF-8"), BUILD, "check", "甲.yaml");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outText()).isEqualTo("输出 甲.yaml");
    assertThat(seen.get(10, TimeUnit.SECONDS).env()).containsEntry("PERL_UNICODE", "SDA");
  }

  @Test
  void theUsersOwnPerlSettingsAreSentAsTheyWere() throws Exception {
    CompletableFuture<Request> seen = serveRecording((r, out, err) -> 0);

    relay(
        dir,
        Map.of("PERL_BADLANG", "1", "PERL5OPT", "-CSDA -Mstrict", "LANG", "zh_CN.UTF-8"),
        BUILD,
        "check");

    assertThat(seen.get(10, TimeUnit.SECONDS).env())
        .containsEntry("PERL_BADLANG", "1")
        .containsEntry("PERL5OPT", "-CSDA -Mstrict");
  }

  @Test
  void relaysLargeOutputByteForByte() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("第").append(i).append("行 ≥95% ").append((char) ('a' + i % 26)).append('\n');
    }
    serve(
        (r, out, err) -> {
          out.print(text);
          return 0;
        });

    Relayed r = relay("textconv", "x.yaml");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutAServerItLeavesTheCommandToTheLauncher() throws Exception {
    assertThat(relay("check", "x.yaml").code()).isEqualTo(RUN_IT_YOURSELF);

    // A socket file left behind by a server that was killed: nobody listens on it.
    ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    dead.bind(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)));
    dead.close();
    Relayed r = relay("check", "x.yaml");
    assertThat(r.code()).isEqualTo(RUN_IT_YOURSELF);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aServerOfAnotherBuildLeavesTheCommandToTheLauncher() throws Exception {
    serve((r, out, err) -> 0);

    Relayed r = relay(dir, Map.of(), "build 2", "check", "x.yaml");

    assertThat(r.code()).isEqualTo(RUN_IT_YOURSELF);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aServerThatEndsHalfwaySaysSoInTheUsersLanguage() throws Exception {
    serve(
        (r, out, err) -> {
          if (r.args().get(0).equals("late")) {
            out.println("half");
            out.flush();
          }
          throw new IllegalStateException("simulated crash");
        });

    assertThat(relay("early").code())
        .as("nothing was relayed: the launcher runs it")
        .isEqualTo(RUN_IT_YOURSELF);

    Relayed chinese = relay("late");
    assertThat(chinese.code()).isEqualTo(3);
    assertThat(chinese.outText()).isEqualTo("half" + System.lineSeparator());
    assertThat(chinese.err()).isEqualTo(message("messages.properties") + "\n");

    Relayed english = relay(dir, Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "zh_CN"), BUILD, "late");
    assertThat(english.code()).isEqualTo(3);
    assertThat(english.err()).isEqualTo(message("messages_en.properties") + "\n");

    Relayed chosen = relay(dir, Map.of("DECLGEN_LANG", "zh", "LANG", "en_US"), BUILD, "late");
    assertThat(chosen.err()).isEqualTo(message("messages.properties") + "\n");
  }

  private static String message(String bundle) throws IOException {
    return message(bundle, "cli.server.broken");
  }

  private static String message(String bundle, String key) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/org/declgen", bundle), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.getProperty(key);
  }

  /** A stopped or stuck server: the kernel takes the connection, and nobody ever answers. */
  @Test
  void aServerThatDoesNotAnswerLeavesTheCommandToTheLauncherAndSaysSo() throws Exception {
    Path socket = dir.resolve(Server.SOCKET);
    try (ServerSocketChannel stuck = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stuck.bind(UnixDomainSocketAddress.of(socket));
      Files.writeString(dir.resolve(Server.LOCK), "4242\n");
      long start = System.nanoTime();

      Relayed chinese = relay("check", "x.yaml");

      assertThat(chinese.code()).isEqualTo(RUN_IT_YOURSELF);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      assertThat(chinese.out()).isEmpty();
      assertThat(chinese.err())
          .isEqualTo(
              message("messages.properties", "cli.server.unresponsive")
                      .replace("{0}", "4242")
                      .replace("{1}", "5")
                  + "\n");
      assertThat(socket).as("later commands do not try it").doesNotExist();
    }
    try (ServerSocketChannel stuck = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stuck.bind(UnixDomainSocketAddress.of(socket));
      Files.delete(dir.resolve(Server.LOCK));

      Relayed english = relay(dir, Map.of("LANG", "en_US.UTF-8"), BUILD, "check");

      assertThat(english.code()).isEqualTo(RUN_IT_YOURSELF);
      assertThat(english.err())
          .isEqualTo(
              message("messages_en.properties", "cli.server.unresponsive-unknown")
                      .replace("{0}", "5")
                  + "\n");
    }
  }

  @Test
  void theRelaysAnswerTimeoutIsTheJavaClients() throws IOException {
    assertThat(Files.readString(RELAY))
        .contains("my $ANSWER_SECONDS = " + Client.ANSWER_TIMEOUT.toSeconds() + ";");
  }

  @Test
  void aClosedStdoutDoesNotChangeTheExitCode() throws Exception {
    serve(
        (r, out, err) -> {
          for (int i = 0; i < 50; i++) {
            out.println("x".repeat(100_000));
            out.flush();
          }
          err.println("done");
          return 1;
        });
    ProcessBuilder pb = relayProcess(Map.of("LANG", "zh_CN.UTF-8"), BUILD, "textconv");
    Process p = pb.start();
    p.getInputStream().close();
    Future<byte[]> err = readAll(p.getErrorStream());

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .isEqualTo("done" + System.lineSeparator());
  }

  @Test
  void exitCodesPassThrough() throws Exception {
    Map<String, Integer> codes = new HashMap<>(Map.of("zero", 0, "one", 1, "two", 2, "three", 3));
    serve((r, out, err) -> codes.get(r.args().get(0)));

    for (Map.Entry<String, Integer> c : codes.entrySet()) {
      assertThat(relay(c.getKey()).code()).as(c.getKey()).isEqualTo(c.getValue());
    }
  }
}
