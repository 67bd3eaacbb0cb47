package org.declgen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.declgen.build.IndexJar;
import org.declgen.internal.FileTrees;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The installed distribution, as {@code mvn -B package} lays it out, assembled for tests from what
 * {@code mvn test} has built: bin/, schema/ and examples/ copied as the assembly descriptor
 * (src/assembly/distribution-files.xml) says, and lib/ made of a jar of the compiled classes and
 * resources (manifest Main-Class and Class-Path, and declgen-core.jar's jar index, as the build
 * writes them) beside the libraries it runs with, and lib/build-id. It is put in a folder whose
 * path holds a space and Chinese, outside the checkout, once per test run, and removed when the run
 * ends.
 */
public final class Distribution {
  private static final Path DESCRIPTOR = Path.of("src/assembly/distribution-files.xml");
  private static final String LIB_SOURCE = "${project.build.directory}/lib";

  private static Distribution assembled;

  private final Path root;
  private final Path home;
  private Path warmHome;

  private Distribution(Path root, Path home) {
    this.root = root;
    this.home = home;
  }

  /** What a run printed and returned. */
  public record Run(int code, String out, String err) {}

  /** The distribution of this test run; skips the test where there is no POSIX sh. */
  public static synchronized Distribution get() throws IOException {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "needs a POSIX sh");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    if (assembled == null) {
      Path root = Files.createTempDirectory("declgen-distribution");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(root)));
      Path home = root.resolve("安装 目录").resolve("declgen-test");
      assemble(home);
      assembled = new Distribution(root, home);
    }
    return assembled;
  }

  /** The installation folder (with bin/, lib/, …). */
  public Path home() {
    return home;
  }

  /** A fresh, empty folder of this test run (outside the checkout), for a test's own files. */
  public Path newFolder(String name) throws IOException {
    return Files.createTempDirectory(root, name);
  }

  /**
   * A user's home folder whose cache has been trained by a first run, shared by the tests that are
   * not about the first run.
   */
  public synchronized Path warmHome() throws IOException {
    if (warmHome == null) {
      Path h = newFolder("home");
      Run first = run(h, h, Map.of(), "--version");
      if (first.code() != 0) {
        throw new AssertionError("the first run failed: " + first);
      }
      warmHome = h;
    }
    return warmHome;
  }

  /**
   * Runs {@code bin/declgen} (or {@code command}, a link to it) in {@code dir} as a user whose home
   * folder is {@code userHome}, with this JVM's Java as JAVA_HOME, without the resident server
   * (DECLGEN_SERVER=off), and {@code extra} added to (or, with a null value, removed from) the
   * environment.
   */
  public Run run(Path dir, Path userHome, Map<String, String> extra, String... args) {
    return runCommand(home.resolve("bin/declgen"), dir, userHome, extra, args);
  }

  public Run runCommand(
      Path command, Path dir, Path userHome, Map<String, String> extra, String... args) {
    List<String> line = new ArrayList<>(List.of(command.toString()));
    line.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", userHome.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // Every command in its own process, unless a test asks for the resident server.
    env.put("DECLGEN_SERVER", "off");
    extra.forEach(
        (k, v) -> {
          if (v == null) {
            env.remove(k);
          } else {
            env.put(k, v);
          }
        });
    return run(pb);
  }

  private static Run run(ProcessBuilder pb) {
    try {
      Path out = Files.createTempFile("declgen-out", ".txt");
      Path err = Files.createTempFile("declgen-err", ".txt");
      try {
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("timed out: " + pb.command());
        }
        return new Run(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every file of the installation, relative to it, with its size: what a run must not change. */
  public Map<String, Long> files() throws IOException {
    Map<String, Long> files = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(home)) {
      for (Path p : all.sorted().toList()) {
        files.put(home.relativize(p).toString(), Files.isDirectory(p) ? -1 : Files.size(p));
      }
    }
    return files;
  }

  private static void assemble(Path home) throws IOException {
    Document descriptor = descriptor();
    NodeList fileSets = descriptor.getElementsByTagName("fileSet");
    for (int i = 0; i < fileSets.getLength(); i++) {
      Element set = (Element) fileSets.item(i);
      String source = text(set, "directory");
      Path target = home.resolve(text(set, "outputDirectory"));
      if (source.equals(LIB_SOURCE)) {
        lib(target);
      } else {
        copyFolder(Path.of(source), target, text(set, "fileMode").equals("0755"), excludes(set));
      }
    }
    NodeList files = descriptor.getElementsByTagName("file");
    for (int i = 0; i < files.getLength(); i++) {
      Element file = (Element) files.item(i);
      Path source = Path.of(text(file, "source"));
      Path target = home.resolve(text(file, "outputDirectory")).resolve(source.getFileName());
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    }
  }

  private static Document descriptor() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(DESCRIPTOR.toFile());
    } catch (Exception e) {
      throw new IOException("cannot read " + DESCRIPTOR, e);
    }
  }

  private static Set<String> excludes(Element set) {
    Set<String> excluded = new HashSet<>();
    NodeList names = set.getElementsByTagName("exclude");
    for (int i = 0; i < names.getLength(); i++) {
      excluded.add(names.item(i).getTextContent().strip());
    }
    return excluded;
  }

  private static String text(Element parent, String tag) {
    NodeList found = parent.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
  }

  private static void copyFolder(Path from, Path to, boolean executable, Set<String> excluded)
      throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = from.relativize(f).toString().replace('\\', '/');
        if (excluded.contains(relative)) {
          continue;
        }
        Path target = to.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
        if (executable && !target.toFile().setExecutable(true, false)) {
          throw new IOException("cannot make " + target + " executable");
        }
      }
    }
  }

  /**
   * The jars: declgen's compiled classes and resources as declgen-core.jar and declgen.jar, the
   * libraries of this test run beside them (named by the manifests' Class-Path), and build-id.
   */
  private static void lib(Path lib) throws IOException {
    Files.createDirectories(lib);
    Path classes = null;
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        String name = p.getFileName().toString();
        if (!names.contains(name)) {
          names.add(name);
          Files.copy(p, lib.resolve(name));
        }
      } else if (Files.isDirectory(p) && p.endsWith(Path.of("target", "classes"))) {
        classes = p;
      }
    }
    if (classes == null) {
      throw new IOException("target/classes is not on the class path");
    }
    List<Path> libraries = names.stream().map(lib::resolve).toList();
    String index = IndexJar.index("declgen-core.jar", classes, libraries);
    byte[] core = jar(classes, String.join(" ", names), index);
    Files.write(lib.resolve("declgen-core.jar"), core);
    Files.write(lib.resolve("declgen.jar"), jar(classes, String.join(" ", names), null));
    Files.writeString(lib.resolve("build-id"), sha256(core));
  }

  /** A jar of the classes, with the jar index given (as the build writes it) or none. */
  private static byte[] jar(Path classes, String classPath, String index) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, "org.declgen.cli.Main");
    main.put(Attributes.Name.CLASS_PATH, classPath);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest);
        Stream<Path> files = Files.walk(classes)) {
      if (index != null) {
        out.putNextEntry(new JarEntry(IndexJar.INDEX));
        out.write(index.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      for (Path f : files.sorted().toList()) {
        String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
        if (Files.isRegularFile(f) && !name.equals(IndexJar.INDEX)) {
          out.putNextEntry(new JarEntry(name));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code text} to an executable file (a stand-in program for a test). */
  public static void script(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    if (!file.toFile().setExecutable(true, false)) {
      throw new IOException("cannot make " + file + " executable");
    }
  }
}
