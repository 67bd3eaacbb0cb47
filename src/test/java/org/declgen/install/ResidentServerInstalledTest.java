package org.declgen.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.declgen.internal.FileTrees;
import org.declgen.server.Client;
import org.declgen.testing.Distribution;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installed command's resident server (issue 15): the first command starts it, later ones are
 * sent to it (by the Perl relay, or by Java where there is no Perl) and print and write what an
 * in-process run does; killed, it is replaced without the user noticing; a new build ends it; under
 * CI none is started.
 */
class ResidentServerInstalledTest {
  private static Distribution dist;
  private static Path home;

  @BeforeAll
  static void install() throws IOException {
    dist = Distribution.get();
    // A socket's path is limited to about 100 bytes: the home folder of this user is short, as a
    // real one is (a longer one runs every command in its own process; see ServerTest).
    home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "dg");
    assertThat(dist.run(home, home, Map.of(), "--version").code()).isZero();
  }

  @AfterAll
  static void endServers() throws IOException {
    serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    FileTrees.deleteQuietly(home);
  }

  private static Path serverFolder() throws IOException {
    try (Stream<Path> caches = Files.list(home.resolve(".cache/declgen"))) {
      return caches.filter(Files::isDirectory).findFirst().orElseThrow().resolve("server");
    }
  }

  private static Optional<Long> serverPid() throws IOException {
    return Client.serverProcess(serverFolder()).map(Long::parseLong);
  }

  /** Waits until a server other than {@code old} listens; returns its process id. */
  private static long awaitServer(Optional<Long> old) throws Exception {
    Instant until = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(until)) {
      Optional<Long> pid = serverPid();
      if (pid.isPresent()
          && !pid.equals(old)
          && Files.exists(serverFolder().resolve("socket"))
          && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
        return pid.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no server started in " + serverFolder());
  }

  private static Map<String, String> server(String... more) {
    Map<String, String> env = new HashMap<>(Map.of("DECLGEN_SERVER", "on"));
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void theFirstCommandStartsItLaterOnesAreSentToItAndAKilledOneIsReplaced() throws Exception {
    Path work = dist.newFolder("work");
    Files.writeString(work.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Distribution.Run alone = dist.run(work, home, Map.of(), "check", "x.yaml");

    Distribution.Run first = dist.run(work, home, server(), "check", "x.yaml");
    assertThat(first).isEqualTo(alone);
    long pid = awaitServer(Optional.empty());

    Path log = dist.newFolder("log").resolve("classes.txt");
    String logClasses = "-Xlog:class+load=info:file=" + log;
    Distribution.Run relayed =
        dist.run(work, home, server("JDK_JAVA_OPTIONS", logClasses), "check", "x.yaml");
    assertThat(relayed).isEqualTo(alone);
    assertThat(log).as("sent by the Perl relay: no Java VM started").doesNotExist();

    Distribution.Run sent =
        dist.run(
            work,
            home,
            server("JDK_JAVA_OPTIONS", logClasses, "DECLGEN_PERL", ""),
            "check",
            "x.yaml");
    assertThat(
            new Distribution.Run(sent.code(), sent.out(), sent.err().replaceAll("NOTE: .*\n", "")))
        .isEqualTo(alone);
    assertThat(Files.readString(log))
        .as("without Perl, Java only sent the command")
        .contains("org.declgen.server.Client source:")
        .contains("org.declgen.cli.Main source: shared objects file")
        .doesNotContain("org.declgen.check.");
    assertThat(serverFolder().resolveSibling("client.jsa"))
        .as("with Perl to send commands, no archive for a Java sender was trained")
        .doesNotExist();

    ProcessHandle killed = ProcessHandle.of(pid).orElseThrow();
    killed.destroyForcibly();
    killed.onExit().get(30, TimeUnit.SECONDS);
    Distribution.Run afterKill = dist.run(work, home, server(), "check", "x.yaml");
    assertThat(afterKill)
        .as("run in its own process, as the socket was left behind")
        .isEqualTo(alone);
    long next = awaitServer(Optional.of(pid));

    Distribution.Run render = dist.run(work, home, server(), "render", "-o", "served", "x.yaml");
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(dist.run(work, home, Map.of(), "render", "-o", "alone", "x.yaml").code()).isZero();
    for (String file : List.of("x.docx", "x.md")) {
      assertThat(Files.readAllBytes(work.resolve("served").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(work.resolve("alone").resolve(file)));
    }

    // Ended by a signal (kill, a logout), it takes its socket along, so that the next command
    // does not try it first.
    ProcessHandle term = ProcessHandle.of(next).orElseThrow();
    term.destroy();
    term.onExit().get(30, TimeUnit.SECONDS);
    assertThat(serverFolder().resolve("socket")).doesNotExist();
  }

  /**
   * A stopped server (kill -STOP; a stuck one looks the same to a client): the command is run in
   * its own process after a few seconds and names the server, by the Perl relay and by Java alike;
   * the commands after it do not wait; continued, the server ends, as its socket is gone.
   */
  @Test
  void aStoppedServerIsNamedAndTheCommandRunsAnyway() throws Exception {
    Path work = dist.newFolder("work");
    Files.writeString(work.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Distribution.Run alone = dist.run(work, home, Map.of(), "check", "x.yaml");
    for (Map<String, String> sender : List.of(server(), server("DECLGEN_PERL", ""))) {
      dist.run(work, home, server(), "check", "x.yaml");
      long pid = awaitServer(Optional.empty());
      signal("STOP", pid);
      try {
        long start = System.nanoTime();
        Distribution.Run stuck = dist.run(work, home, sender, "check", "x.yaml");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(stuck.code()).isZero();
        assertThat(stuck.out()).isEqualTo(alone.out());
        assertThat(stuck.err())
            .as(sender.toString())
            .startsWith("declgen 的常驻进程（进程号 " + pid + "）5 秒内没有回应，这条命令改在本进程中运行")
            .contains("「kill " + pid + "」")
            .endsWith(alone.err());

        long next = System.nanoTime();
        assertThat(dist.run(work, home, sender, "check", "x.yaml")).isEqualTo(alone);
        assertThat(Duration.ofNanos(System.nanoTime() - next))
            .as("the next command does not wait for it")
            .isLessThan(Duration.ofSeconds(5));
      } finally {
        signal("CONT", pid);
      }
      ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }
  }

  private static void signal(String name, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
  }

  @Test
  void underCiNoServerIsStarted() throws Exception {
    Path ciHome = dist.newFolder("ci-home");
    Path work = dist.newFolder("work");
    Files.writeString(work.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    Map<String, String> ci = new HashMap<>();
    ci.put("CI", "true");
    ci.put("DECLGEN_SERVER", null);

    assertThat(dist.run(work, ciHome, ci, "check", "x.yaml").code()).isZero();
    Thread.sleep(Duration.ofSeconds(1).toMillis());

    try (Stream<Path> caches = Files.list(ciHome.resolve(".cache/declgen"))) {
      assertThat(caches.map(c -> c.resolve("server"))).noneMatch(Files::exists);
    }
  }
}
