package org.declgen.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.declgen.cli.Main;
import org.declgen.testing.Distribution;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The installed command (issue 11 item 1): the distribution runs with only a Java runtime, from a
 * folder outside the checkout, through a symbolic link, keeps its start-up cache in the user's
 * cache folder (never in the installation), and passes declgen's exit codes and output through
 * untouched.
 */
class InstalledCommandTest {
  private static Distribution dist;
  private static Path home;

  @BeforeAll
  static void install() throws IOException {
    dist = Distribution.get();
    home = dist.warmHome();
  }

  private static void assumeClassDataSharing() {
    assumeTrue(
        System.getProperty("java.vm.info", "").contains("sharing"),
        "this Java has no class-data sharing");
  }

  private static Path work() throws IOException {
    Path work = dist.newFolder("work");
    Files.writeString(work.resolve("x.yaml"), Samples.read(Samples.NANSHA));
    return work;
  }

  @Test
  void runsFromAFolderOutsideTheCheckoutThroughASymbolicLink() throws IOException {
    Path bin = Files.createDirectories(dist.newFolder("user").resolve("bin"));
    Path link =
        Files.createSymbolicLink(bin.resolve("declgen"), dist.home().resolve("bin/declgen"));
    Path work = work();
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

    Distribution.Run version = dist.runCommand(link, work, home, env, "--version");
    assertThat(version.code()).as(version.toString()).isZero();
    assertThat(version.out()).isEqualTo("declgen 0.1.0\n");

    Distribution.Run render = dist.runCommand(link, work, home, env, "render", "x.yaml");
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(work.resolve("output/x.docx")).isRegularFile();
    assertThat(work.resolve("output/x.md")).isRegularFile();
    try (Stream<Path> left = Stream.of(bin, work, dist.home())) {
      assertThat(left.map(d -> d.resolve("target.build.log"))).noneMatch(Files::exists);
    }
  }

  @Test
  void shipsTheBuiltInTemplatesForUsersToCopyAndRestyle() throws IOException {
    Path work = work();
    Path mine = Files.createDirectories(work.resolve("templates/mine"));
    try (Stream<Path> files = Files.list(dist.home().resolve("templates/gd-municipal"))) {
      for (Path f : files.toList()) {
        Files.copy(f, mine.resolve(f.getFileName()));
      }
    }
    Distribution.Run render = dist.run(work, home, Map.of(), "render", "-t", "mine", "x.yaml");
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(work.resolve("output/x.docx")).isRegularFile();
    Distribution.Run builtIn =
        dist.run(work, home, Map.of(), "render", "-t", "gd-municipal", "-o", "b", "x.yaml");
    assertThat(builtIn.code()).as(builtIn.err()).isZero();
    assertThat(work.resolve("output/x.docx")).hasSameBinaryContentAs(work.resolve("b/x.docx"));
  }

  @Test
  void passesExitCodesAndChineseMessagesThrough() throws IOException {
    Path work = work();
    Files.writeString(work.resolve("bad.yaml"), "部门名: 甲\n");
    Distribution.Run bad = dist.run(work, home, Map.of(), "check", "bad.yaml");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("bad.yaml:1:1: 错误: 不认识的键「部门名」");
    Distribution.Run missing = dist.run(work, home, Map.of(), "render", "nope.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("找不到「nope.yaml」");
    assertThat(dist.run(work, home, Map.of(), "render", "--bogus", "x.yaml").code()).isEqualTo(2);
    Distribution.Run english =
        dist.run(work, home, Map.of("LANG", "en_US.UTF-8"), "check", "bad.yaml");
    assertThat(english.out()).contains("bad.yaml:1:1: error:");
  }

  @Test
  void keepsItsCacheInTheUsersCacheFolderAndNeverInTheInstallation() throws IOException {
    Map<String, Long> before = dist.files();
    Path cacheHome = dist.newFolder("xdg");
    Path work = work();
    // Without Perl to send commands to the resident server, a third archive is trained for Java.
    Distribution.Run first =
        dist.run(
            work,
            home,
            Map.of("XDG_CACHE_HOME", cacheHome.toString(), "DECLGEN_PERL", ""),
            "check",
            "x.yaml");
    assertThat(first.code()).as(first.err()).isZero();

    List<Path> caches;
    try (Stream<Path> found = Files.list(cacheHome.resolve("declgen"))) {
      caches = found.toList();
    }
    assertThat(caches).hasSize(1);
    assertThat(caches.get(0).resolve("stamp")).isRegularFile();
    assertThat(caches.get(0).resolve("core.jsa")).isRegularFile();
    assertThat(caches.get(0).resolve("word.jsa")).isRegularFile();
    assertThat(caches.get(0).resolve("client.jsa")).isRegularFile();
    assertThat(dist.files()).isEqualTo(before);
  }

  @Test
  void underCiAFirstRunSkipsTrainingAndATrainedCacheIsStillUsed() throws IOException {
    assumeClassDataSharing();
    Path user = dist.newFolder("ci");
    Path work = work();
    Map<String, String> ci = Map.of("CI", "true");

    Distribution.Run check = dist.run(work, user, ci, "check", "x.yaml");
    assertThat(check.code()).as(check.err()).isZero();
    Path cache = cacheOf(user);
    assertThat(cache.resolve("core.jsa")).doesNotExist();
    assertThat(cache.resolve("word.jsa")).doesNotExist();
    assertThat(Files.readString(cache.resolve("stamp"))).endsWith(" untrained\n");

    Distribution.Run render = dist.run(work, user, ci, "render", "x.yaml");
    assertThat(render.code()).as(render.err()).isZero();
    Path trainedWork = work();
    assertThat(dist.run(trainedWork, home, Map.of(), "render", "x.yaml").code()).isZero();
    for (String output : List.of("output/x.docx", "output/x.md")) {
      assertThat(work.resolve(output)).hasSameBinaryContentAs(trainedWork.resolve(output));
    }
    assertThat(cache.resolve("core.jsa")).doesNotExist();

    Distribution.Run outside = dist.run(work, user, Map.of(), "check", "x.yaml");
    assertThat(outside.code()).as(outside.err()).isZero();
    assertThat(cache.resolve("core.jsa")).as("a run outside CI trains").isRegularFile();

    Path log = dist.newFolder("log").resolve("classes.txt");
    Map<String, String> logged =
        Map.of("CI", "true", "JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
    assertThat(dist.run(work, user, logged, "check", "x.yaml").code()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.check.Checker source: shared objects file");
    assertThat(cache.resolve("core.jsa")).isRegularFile();
  }

  @ParameterizedTest
  @CsvSource({"zh", "en"})
  void aFirstRenderTakesTheBuiltInTemplateAsTheBuildCompiledIt(String lang) throws IOException {
    Path user = dist.newFolder("fresh");
    Path work = work();
    Path log = dist.newFolder("log").resolve("classes.txt");
    Map<String, String> env =
        Map.of(
            "CI",
            "true",
            "DECLGEN_LANG",
            lang,
            "JDK_JAVA_OPTIONS",
            "-Xlog:class+load=info:file=" + log);
    Distribution.Run render = dist.run(work, user, env, "render", "x.yaml");
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.render.Renderer")
        .as("compiling a Word template reads it with docx4j")
        .doesNotContain("org.docx4j.");
    assertThat(cacheOf(user).resolve("templates")).doesNotExist();

    // The same bytes as a render that compiles the template (this JVM runs from classes).
    Path here = dist.newFolder("compiled-here");
    Files.copy(work.resolve("x.yaml"), here.resolve("x.yaml"));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"render", "x.yaml"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of("DECLGEN_LANG", lang),
            here);
    assertThat(code).as(err.toString()).isZero();
    for (String output : List.of("output/x.docx", "output/x.md")) {
      assertThat(work.resolve(output)).hasSameBinaryContentAs(here.resolve(output));
    }
  }

  @Test
  void atATerminalTheFirstRunDoesNotWaitForTraining() throws Exception {
    assumeClassDataSharing();
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "needs script(1) to run declgen at a terminal");
    Path user = dist.newFolder("terminal");
    Path work = work();
    String line = "'" + dist.home().resolve("bin/declgen") + "' check x.yaml";

    Distribution.Run first =
        dist.runCommand(script, work, user, Map.of(), "-qec", line, "/dev/null");
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(first.out()).contains("正在后台准备启动缓存").contains("x.yaml:59:28: 警告");
    Path cache = cacheOf(user);
    assertThat(cache.resolve("stamp")).as("the command did not wait for training").doesNotExist();

    // A command meanwhile runs without the archives and leaves the training to the first.
    Distribution.Run meanwhile = dist.run(work, user, Map.of(), "check", "x.yaml");
    assertThat(meanwhile.code()).as(meanwhile.err()).isZero();
    assertThat(meanwhile.err()).doesNotContain("后台");

    for (int i = 0; i < 600 && Files.isDirectory(cache.resolve("training")); i++) {
      Thread.sleep(500);
    }
    assertThat(cache.resolve("training")).doesNotExist();
    assertThat(cache.resolve("core.jsa")).isRegularFile();
    assertThat(Files.readString(cache.resolve("stamp"))).doesNotContain("untrained");
    Path log = dist.newFolder("log").resolve("classes.txt");
    Map<String, String> logged = Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
    assertThat(dist.run(work, user, logged, "check", "x.yaml").code()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.check.Checker source: shared objects file");
  }

  @Test
  void aTrainingWhoseProcessDiedIsTakenOver() throws IOException {
    assumeClassDataSharing();
    Path user = dist.newFolder("died");
    Path work = work();
    assertThat(dist.run(work, user, Map.of("CI", "true"), "--version").code()).isZero();
    Path cache = cacheOf(user);
    Files.delete(cache.resolve("stamp"));
    Files.createDirectory(cache.resolve("training"));
    // No process has this number: Linux's largest is 4,194,304.
    Files.writeString(cache.resolve("training/pid"), "2147483646\n");

    Distribution.Run r = dist.run(work, user, Map.of(), "check", "x.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(cache.resolve("training")).doesNotExist();
    assertThat(cache.resolve("core.jsa")).isRegularFile();
    assertThat(Files.readString(cache.resolve("stamp"))).doesNotContain("untrained");
  }

  /**
   * zh_CN.UTF-8 and en_US.UTF-8 are missing on many servers and containers (on CI machines too),
   * where Java would read every file name as ASCII; where they are installed this passes as well.
   */
  @ParameterizedTest
  @CsvSource({
    "LANG, zh_CN.UTF-8, , 警告",
    "LANG, en_US.UTF-8, , warning",
    "LC_ALL, zh_CN.UTF-8, , 警告",
    "LANG, zh_CN.UTF-8, true, 警告"
  })
  void chineseFileNamesOpenUnderALocaleThatIsNotInstalled(
      String variable, String locale, String ci, String warning) throws IOException {
    Path work = dist.newFolder("work");
    Path folder = Files.createDirectories(work.resolve("南沙区"));
    Files.writeString(folder.resolve("政务数据局.yaml"), Samples.read(Samples.NANSHA));
    Map<String, String> env = new HashMap<>();
    env.put(variable, locale);
    env.put("CI", ci);
    // Under CI a fresh user runs the jars from the installation, whose path holds Chinese.
    Path user = ci == null ? home : dist.newFolder("fresh");

    Distribution.Run check = dist.run(folder, user, env, "check", "政务数据局.yaml");
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("政务数据局.yaml:59:28: " + warning + ": ");

    Distribution.Run render = dist.run(work, user, env, "render", "南沙区");
    assertThat(render.code()).as(render.err()).isZero();
    try (Stream<Path> written = Files.walk(work.resolve("output"))) {
      assertThat(written.map(p -> p.getFileName().toString())).contains("政务数据局.docx", "政务数据局.md");
    }
  }

  @Test
  void declgensOwnClassesComeFromTheSharedArchive() throws IOException {
    assumeClassDataSharing();
    Path log = dist.newFolder("log").resolve("classes.txt");
    Distribution.Run r =
        dist.run(
            work(),
            home,
            Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log),
            "textconv",
            "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(log))
        .as("the installation's path holds a space and Chinese, which Java 17 cannot share from")
        .contains("org.declgen.cli.Main source: shared objects file")
        .contains("org.declgen.render.markdown.MarkdownRenderer source: shared objects file")
        .as("FreeMarker looks for no logging library and logs nowhere")
        .contains("freemarker.log._NullLoggerFactory")
        .doesNotContain("freemarker.log._JULLoggerFactory");
  }

  @Test
  void aCheckAndATextconvOfAWordFormAreInTheSharedArchiveToo() throws IOException {
    assumeClassDataSharing();
    Path work = work();
    assertThat(dist.run(work, home, Map.of(), "render", "--format", "docx", "x.yaml").code())
        .isZero();
    Path log = dist.newFolder("log").resolve("classes.txt");
    Map<String, String> logging = Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
    assertThat(dist.run(work, home, logging, "textconv", "output/x.docx").code()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.importer.DocxGridReader source: shared objects file")
        .contains("org.docx4j.openpackaging.contenttype.ContentTypeManager")
        .as("the package's two small parts are streamed, without a JAXB context")
        .doesNotContain("org.glassfish.jaxb");
    assertThat(dist.run(work, home, logging, "check", "x.yaml").code()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.check.Checker source: shared objects file");
  }

  @Test
  void textconvPrintsOnlyTheReviewMarkdownEvenWhenTheCacheIsBroken() throws IOException {
    Path work = work();
    String expected = dist.run(work, home, Map.of(), "textconv", "x.yaml").out();
    assertThat(expected).startsWith("# 部门整体预算绩效目标申报表\n");

    Path broken = dist.newFolder("broken");
    Files.copy(home.resolve(".cache"), broken.resolve(".cache"));
    Path cache = copyCache(home.resolve(".cache/declgen"), broken.resolve(".cache/declgen"));
    Files.writeString(cache.resolve("core.jsa"), "not an archive");
    Distribution.Run r = dist.run(work, broken, Map.of(), "textconv", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(expected);
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"core.jsa, x.yaml", "word.jsa, output/x.docx"})
  void anArchiveCutShortIsMadeAgainInsteadOfCrashingJava(String name, String converted)
      throws IOException {
    Path work = work();
    assertThat(dist.run(work, home, Map.of(), "render", "--format", "docx", "x.yaml").code())
        .isZero();
    String expected = dist.run(work, home, Map.of(), "textconv", converted).out();
    Path cut = dist.newFolder("cut-" + name);
    Path cache = copyCache(home.resolve(".cache/declgen"), cut.resolve(".cache/declgen"));
    byte[] archive = Files.readAllBytes(originalCache().resolve(name));
    Files.write(cache.resolve(name), Arrays.copyOf(archive, archive.length / 2));

    Distribution.Run r = dist.run(work, cut, Map.of(), "textconv", converted);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(expected);
    assertThat(r.err()).isEmpty();
    assertThat(Files.size(cache.resolve(name))).isGreaterThan(archive.length / 2);
    Distribution.Run again = dist.run(work, cut, Map.of(), "check", "x.yaml");
    assertThat(again.code()).as(again.err()).isZero();
  }

  private static Path originalCache() throws IOException {
    return cacheOf(home);
  }

  /** The one cache folder of the installation in the user's home folder. */
  private static Path cacheOf(Path user) throws IOException {
    try (Stream<Path> found = Files.list(user.resolve(".cache/declgen"))) {
      return found.findFirst().orElseThrow();
    }
  }

  /** Copies the one cache folder of the warm home; returns the copy. */
  private static Path copyCache(Path from, Path to) throws IOException {
    Path original;
    try (Stream<Path> found = Files.list(from)) {
      original = found.findFirst().orElseThrow();
    }
    Path copy = Files.createDirectories(to.resolve(original.getFileName()));
    Files.copy(original.resolve("stamp"), copy.resolve("stamp"));
    return copy;
  }

  @Test
  void jarsWithNewTimesTrainTheArchivesAgainInsteadOfLosingThem() throws IOException {
    assumeClassDataSharing();
    // Java serves no class from an archive once a jar's time differs from training's, as after
    // `mvn package` (same bytes, new time) or a copy that did not keep the times.
    Path copy = dist.newFolder("copied").resolve("declgen");
    try (Stream<Path> all = Files.walk(dist.home())) {
      for (Path p : all.toList()) {
        Path to = copy.resolve(dist.home().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path launcher = copy.resolve("bin/declgen");
    Path user = dist.newFolder("user");
    Path work = work();
    assertThat(dist.runCommand(launcher, work, user, Map.of(), "--version").code()).isZero();
    Path core = copy.resolve("lib/declgen-core.jar");
    Files.setLastModifiedTime(
        core, FileTime.fromMillis(Files.getLastModifiedTime(core).toMillis() + 3_600_000));

    Path log = dist.newFolder("log").resolve("classes.txt");
    Distribution.Run r =
        dist.runCommand(
            launcher,
            work,
            user,
            Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log),
            "check",
            "x.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(log))
        .contains("org.declgen.check.Checker source: shared objects file");
  }

  @Test
  void hugePagesWhereLinuxOffersThemButNotForARenderOfOneFile() throws IOException {
    assumeTrue(
        Files.isReadable(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")),
        "no transparent huge pages on this system");
    Path work = work();
    Files.createDirectories(work.resolve("forms"));
    Files.copy(work.resolve("x.yaml"), work.resolve("forms/y.yaml"));
    Files.createDirectories(work.resolve("out"));
    Map<List<String>, String> pageSizes =
        Map.of(
            List.of("check", "x.yaml"), "2M",
            List.of("render", "x.yaml"), "4K",
            List.of("render", "--force", "-o", "out", "x.yaml"), "4K",
            List.of("render", "--force", "forms"), "2M");
    for (Map.Entry<List<String>, String> c : pageSizes.entrySet()) {
      Path log = dist.newFolder("log").resolve("pages.txt");
      Distribution.Run r =
          dist.run(
              work,
              home,
              Map.of("JDK_JAVA_OPTIONS", "-Xlog:pagesize=info:file=" + log),
              c.getKey().toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readString(log))
          .as(String.join(" ", c.getKey()))
          .containsPattern("Heap: .* page_size=" + c.getValue() + " ");
    }
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
    Path work = work();
    Path file = work.resolve("not-a-folder");
    Files.writeString(file, "");
    for (Map<String, String> env :
        List.of(Map.of("XDG_CACHE_HOME", file.toString()), Map.of("DECLGEN_CACHE", "off"))) {
      Distribution.Run r = dist.run(work, dist.newFolder("nohome"), env, "check", "x.yaml");
      assertThat(r.code()).as(env + "\n" + r.err()).isZero();
      assertThat(r.out()).contains("0 个错误，5 个警告");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void anOldJavaIsNamedInsteadOfFailingWithAClassVersionError() throws IOException {
    Path jdk = dist.newFolder("jdk8");
    Distribution.script(
        jdk.resolve("bin/java"),
        "#!/bin/sh\necho 'java version \"1.8.0_381\"' >&2\necho 'Java(TM) SE Runtime' >&2\n");
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", jdk.toString());
    Distribution.Run r = dist.run(work(), dist.newFolder("home8"), env, "check", "x.yaml");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("需要 Java 17 或更新的版本")
        .contains("Java 1")
        .contains("declgen needs Java 17 or newer");
  }

  /** The version is read from the Java's release file, without starting it (0.1 s). */
  @Test
  void javasVersionIsReadFromItsReleaseFile() throws IOException {
    Path jdk = standInJava("jdk11", "IMPLEMENTOR=\"X\"\nJAVA_VERSION=\"11.0.2\"\n", "exit 1\n");
    Path ran = jdk.resolve("ran");
    Path bin = Files.createDirectories(dist.newFolder("links").resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", link.getParent().getParent().toString());

    Distribution.Run r = dist.run(work(), dist.newFolder("home11"), env, "check", "x.yaml");

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("是 Java 11。").contains("is Java 11.");
    assertThat(ran).as("the Java was not started").doesNotExist();
  }

  /**
   * One JIT compiler thread where the machine has one or two processors (docs/performance.md, tenth
   * round), as /sys tells; elsewhere Java's own number.
   */
  @Test
  void oneCompilerThreadOnlyOnAMachineOfOneOrTwoProcessors() throws IOException {
    Path jdk = standInJava("jdk17", "JAVA_VERSION=\"17.0.15\"\n", "");
    Path ran = jdk.resolve("ran");
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", jdk.toString());
    env.put("DECLGEN_CACHE", "off");

    Distribution.Run r = dist.run(work(), dist.newFolder("home17"), env, "check", "x.yaml");

    assertThat(r.code()).as(r.err()).isZero();
    Path online = Path.of("/sys/devices/system/cpu/online");
    boolean small =
        Files.isReadable(online) && List.of("0", "0-1").contains(Files.readString(online).strip());
    List<String> args = Files.readAllLines(ran);
    assertThat(args).contains("-XX:TieredStopAtLevel=1", "check", "x.yaml");
    if (small) {
      assertThat(args).contains("-XX:CICompilerCount=1");
    } else {
      assertThat(args).noneMatch(a -> a.startsWith("-XX:CICompilerCount"));
    }
  }

  /**
   * A folder with a release file and a bin/java that writes each argument it is given on a line of
   * the folder's file {@code ran}, then runs {@code rest}.
   */
  private Path standInJava(String name, String release, String rest) throws IOException {
    Path jdk = dist.newFolder(name);
    Distribution.script(
        jdk.resolve("bin/java"),
        "#!/bin/sh\nprintf '%s\\n' \"$@\" >>'" + jdk.resolve("ran") + "'\n" + rest);
    Files.writeString(jdk.resolve("release"), release);
    return jdk;
  }

  @Test
  void theWindowsLauncherIsWrittenForCmd() throws IOException {
    byte[] bytes = Files.readAllBytes(dist.home().resolve("bin/declgen.cmd"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.replace("\r\n", "")).as("CRLF line ends only").doesNotContain("\n");
    List<String> lines = List.of(text.split("\r\n"));
    int codePage = lines.indexOf("chcp 65001 >nul 2>&1");
    assertThat(codePage).as("switches the console to UTF-8").isPositive();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i <= codePage) {
        assertThat(line.chars()).as("line %d is read before UTF-8", i + 1).allMatch(c -> c < 128);
      }
      if (!line.startsWith("rem ")) {
        assertThat(line.stripTrailing())
            .as("line %d opens no block an expanded path could end", i + 1)
            .doesNotEndWith("(");
      }
      if (line.chars().anyMatch(c -> c > 127)) {
        assertThat(line).as("line %d: only messages hold Chinese", i + 1).startsWith("1>&2 echo ");
      }
    }
    assertThat(text)
        .contains("-jar \"%DECLGEN_JAR%\" %*\r\n")
        .contains("set \"DECLGEN_EXIT=%ERRORLEVEL%\"")
        .contains("endlocal & exit /b %DECLGEN_EXIT%");
  }
}
