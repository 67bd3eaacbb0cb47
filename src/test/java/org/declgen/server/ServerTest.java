package org.declgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  private static final String BUILD = "build-1";

  @TempDir Path dir;

  private final List<Path> started = new ArrayList<>();

  @AfterEach
  void stopServers() throws IOException {
    for (Path folder : started) {
      Files.deleteIfExists(folder.resolve(Server.SOCKET));
    }
  }

  /** Runs a server on {@code folder}; the future completes with what {@code serve} returned. */
  private CompletableFuture<Integer> serve(Path folder, Duration idle, Server.Handler handler) {
    started.add(folder);
    CompletableFuture<Integer> ended = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                ended.complete(Server.serve(folder, BUILD, idle, handler));
              } catch (Throwable e) {
                ended.completeExceptionally(e);
              }
            });
    t.setDaemon(true);
    t.start();
    return ended;
  }

  private static void awaitSocket(Path folder) throws InterruptedException {
    assertThat(Client.awaitServer(folder.resolve(Server.SOCKET), Duration.ofSeconds(10))).isTrue();
  }

  private static Request request(String... args) {
    return new Request(
        BUILD, Path.of("/某个/工作 目录"), true, Map.of("LANG", "zh_CN.UTF-8"), List.of(args));
  }

  private record Sent(Client.Outcome outcome, String out, String err) {}

  private Sent send(Request request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Client.Outcome outcome = Client.send(dir.resolve(Server.SOCKET), request, out, err);
    return new Sent(
        outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void relaysTheCommandsOutputErrorsAndExitCode() throws Exception {
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          out.println("输出 " + String.join("|", r.args()));
          err.println("错误 " + r.workingDir() + " " + r.env().get("LANG") + " " + r.interactive());
          return 7;
        });
    awaitSocket(dir);

    Sent sent = send(request("check", "甲 乙.yaml"));

    assertThat(sent.outcome()).isEqualTo(new Client.Outcome(Client.Ending.DONE, 7));
    assertThat(sent.out()).isEqualTo("输出 check|甲 乙.yaml" + System.lineSeparator());
    assertThat(sent.err()).isEqualTo("错误 /某个/工作 目录 zh_CN.UTF-8 true" + System.lineSeparator());
  }

  @Test
  void withoutAServerNothingRuns() throws Exception {
    assertThat(send(request("check")).outcome().ending()).isEqualTo(Client.Ending.NO_SERVER);

    // A socket file left behind by a server that was killed: nobody listens on it.
    ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    dead.bind(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)));
    dead.close();
    assertThat(dir.resolve(Server.SOCKET)).exists();
    assertThat(send(request("check")).outcome().ending()).isEqualTo(Client.Ending.NO_SERVER);
  }

  @Test
  void aServerOfAnotherBuildRefuses() throws Exception {
    serve(dir, Duration.ofMinutes(1), (r, out, err) -> 0);
    awaitSocket(dir);

    Request other =
        new Request("build-2", Path.of("/"), false, Map.of(), List.of("check", "x.yaml"));

    assertThat(send(other).outcome().ending()).isEqualTo(Client.Ending.REFUSED);
  }

  @Test
  void commandsRunSideBySideEachWithItsOwnStreams() throws Exception {
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          for (int i = 0; i < 200; i++) {
            out.print(r.args().get(0));
          }
          out.flush();
          return Integer.parseInt(r.args().get(0));
        });
    awaitSocket(dir);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Sent>> sent = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String n = String.valueOf(i % 10);
        sent.add(pool.submit(() -> send(request(n))));
      }
      for (int i = 0; i < 16; i++) {
        Sent s = sent.get(i).get(30, TimeUnit.SECONDS);
        String n = String.valueOf(i % 10);
        assertThat(s.outcome()).isEqualTo(new Client.Outcome(Client.Ending.DONE, i % 10));
        assertThat(s.out()).isEqualTo(n.repeat(200));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSecondServerForTheSameFolderStepsAside() throws Exception {
    serve(dir, Duration.ofMinutes(1), (r, out, err) -> 0);
    awaitSocket(dir);

    assertThat(Server.serve(dir, BUILD, Duration.ofMinutes(1), (r, out, err) -> 0)).isZero();
    assertThat(Files.readString(dir.resolve(Server.LOCK)).trim())
        .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    assertThat(send(request("x")).outcome().ending()).isEqualTo(Client.Ending.DONE);
  }

  @Test
  void endsWhenItsSocketIsRemovedAsANewBuildDoes() throws Exception {
    CompletableFuture<Integer> ended = serve(dir, Duration.ofMinutes(1), (r, out, err) -> 0);
    awaitSocket(dir);

    Files.delete(dir.resolve(Server.SOCKET));

    assertThat(ended.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(ServerProcess.startIfAbsent(dir, List.of("/bin/true")))
        .as("the lock is free again")
        .isTrue();
  }

  @Test
  void endsWhenIdleAndRemovesItsSocket() throws Exception {
    CompletableFuture<Integer> ended = serve(dir, Duration.ofMillis(500), (r, out, err) -> 0);
    awaitSocket(dir);

    assertThat(ended.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(dir.resolve(Server.SOCKET)).doesNotExist();
  }

  @Test
  void aCommandThatDiesBeforeWritingLeavesTheClientToRunItItself() throws Exception {
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          if (r.args().get(0).equals("late")) {
            out.println("half");
            out.flush();
          }
          throw new IllegalStateException("simulated crash");
        });
    awaitSocket(dir);

    assertThat(send(request("early")).outcome().ending()).isEqualTo(Client.Ending.NO_SERVER);
    Sent late = send(request("late"));
    assertThat(late.outcome().ending()).isEqualTo(Client.Ending.BROKEN);
    assertThat(late.out()).isEqualTo("half" + System.lineSeparator());
    assertThat(send(request("early")).outcome().ending())
        .as("the server still serves")
        .isEqualTo(Client.Ending.NO_SERVER);
  }

  /** A stopped or stuck server: the kernel takes the connection, and nobody ever answers. */
  @Test
  void aServerThatDoesNotAnswerIsGivenUpAndNoLaterCommandWaitsForIt() throws Exception {
    try (ServerSocketChannel stuck = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      stuck.bind(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();

      Client.Outcome outcome =
          Client.send(
              dir.resolve(Server.SOCKET), request("check"), out, out, Duration.ofMillis(300));

      assertThat(outcome.ending()).isEqualTo(Client.Ending.UNRESPONSIVE);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(out.size()).isZero();
      assertThat(dir.resolve(Server.SOCKET)).as("later commands do not try it").doesNotExist();
      assertThat(send(request("check")).outcome().ending()).isEqualTo(Client.Ending.NO_SERVER);
    }
  }

  @Test
  void aServerBusyWithALongCommandStillAnswersInTime() throws Exception {
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          try {
            Thread.sleep(1_000);
          } catch (InterruptedException e) {
            return 9;
          }
          out.println("late but whole");
          return 4;
        });
    awaitSocket(dir);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Client.Outcome outcome =
        Client.send(
            dir.resolve(Server.SOCKET), request("render"), out, out, Duration.ofMillis(300));

    assertThat(outcome).isEqualTo(new Client.Outcome(Client.Ending.DONE, 4));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("late but whole" + System.lineSeparator());
    assertThat(dir.resolve(Server.SOCKET)).exists();
  }

  @Test
  void theServersProcessIsReadFromItsLockFile() throws Exception {
    assertThat(Client.serverProcess(dir)).isEmpty();
    Files.writeString(dir.resolve(Server.LOCK), "4242\n");
    assertThat(Client.serverProcess(dir)).contains("4242");
    Files.writeString(dir.resolve(Server.LOCK), "not a process\n");
    assertThat(Client.serverProcess(dir)).isEmpty();

    serve(dir, Duration.ofMinutes(1), (r, out, err) -> 0);
    awaitSocket(dir);
    assertThat(Client.serverProcess(dir)).contains(String.valueOf(ProcessHandle.current().pid()));
  }

  @Test
  void aClosedStdoutDoesNotChangeTheExitCode() throws Exception {
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          out.println("x".repeat(100_000));
          return 1;
        });
    awaitSocket(dir);
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };

    Client.Outcome outcome =
        Client.send(
            dir.resolve(Server.SOCKET), request("x"), closed, OutputStream.nullOutputStream());

    assertThat(outcome).isEqualTo(new Client.Outcome(Client.Ending.DONE, 1));
  }

  @Test
  void aDamagedRequestIsDroppedAndTheServerGoesOn() throws Exception {
    serve(dir, Duration.ofMinutes(1), (r, out, err) -> 3);
    awaitSocket(dir);
    for (byte[] junk :
        List.of(
            "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0x64, 0x67, 0x6c, 0x01, 0x7f, 0x7f, 0x7f, 0x7f},
            new byte[0])) {
      try (SocketChannel raw =
          SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)))) {
        raw.write(ByteBuffer.wrap(junk));
        raw.shutdownOutput();
        assertThat(raw.read(ByteBuffer.allocate(16))).isEqualTo(-1);
      }
    }

    assertThat(send(request("x")).outcome()).isEqualTo(new Client.Outcome(Client.Ending.DONE, 3));
  }

  @Test
  void itsFolderIsPrivateToItsUser() throws Exception {
    Path folder = dir.resolve("server");
    serve(folder, Duration.ofMinutes(1), (r, out, err) -> 0);
    awaitSocket(folder);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void whereNoSocketCanBeMadeItSaysSoAndNoMoreServersAreStarted() throws Exception {
    // Unix socket paths are limited to about 100 bytes.
    Path deep = dir.resolve("很长的文件夹名字".repeat(6));

    assertThat(Server.serve(deep, BUILD, Duration.ofMinutes(1), (r, out, err) -> 0)).isEqualTo(2);
    assertThat(deep.resolve(Server.OFF)).exists();
    assertThat(ServerProcess.startIfAbsent(deep, List.of("/bin/true"))).isFalse();
  }

  @Test
  void aConnectionThatSendsNothingDoesNotKeepTheServerAlive() throws Exception {
    CompletableFuture<Integer> ended = serve(dir, Duration.ofMillis(500), (r, out, err) -> 0);
    awaitSocket(dir);

    try (SocketChannel silent =
        SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)))) {
      assertThat(ended.get(10, TimeUnit.SECONDS)).isZero();
      assertThat(silent.read(ByteBuffer.allocate(1))).as("hung up on").isEqualTo(-1);
    }
  }

  @Test
  void aCommandWhoseClientHasGoneIsInterrupted() throws Exception {
    CompletableFuture<String> seen = new CompletableFuture<>();
    serve(
        dir,
        Duration.ofMinutes(1),
        (r, out, err) -> {
          if (!r.args().get(0).equals("wait")) {
            out.print("interrupted: " + Thread.currentThread().isInterrupted());
            return 0;
          }
          try {
            Thread.sleep(60_000);
            seen.complete("slept on");
          } catch (InterruptedException e) {
            seen.complete("interrupted");
          }
          return 0;
        });
    awaitSocket(dir);

    try (SocketChannel client =
        SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)))) {
      DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
      Wire.write(out, request("wait"));
      ByteBuffer started = ByteBuffer.allocate(1);
      assertThat(client.read(started)).isEqualTo(1);
      assertThat(started.get(0)).isEqualTo(Wire.STARTED);
    }

    assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("interrupted");
    Thread.sleep(200);
    for (int i = 0; i < 4; i++) {
      assertThat(send(request("x")).out())
          .as("the workers went back to their pool uninterrupted")
          .isEqualTo("interrupted: false");
    }
  }

  @Test
  void startingAServerRemovesTheSocketAKilledOneLeftBehind() throws Exception {
    ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    dead.bind(UnixDomainSocketAddress.of(dir.resolve(Server.SOCKET)));
    dead.close();

    assertThat(ServerProcess.startIfAbsent(dir, List.of("/bin/true"))).isTrue();

    assertThat(dir.resolve(Server.SOCKET)).doesNotExist();
  }
}
