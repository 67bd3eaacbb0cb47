package org.declgen.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The build step that writes declgen-core.jar's jar index (src/build/java, docs/performance.md).
 */
class IndexJarTest {
  @TempDir Path temp;

  @Test
  void listsWhatTheJdksJarToolLists() throws Exception {
    Path jarTool = Path.of(System.getProperty("java.home"), "bin", "jar");
    assumeTrue(Files.isExecutable(jarTool), "needs the JDK's jar tool");
    Path classes = ownClasses();
    List<Path> libraries = libraries();

    String ours = IndexJar.index("app.jar", classes, libraries);

    Path app = appJar(classes, null, "one.jar two.jar");
    Process jar =
        new ProcessBuilder(
                jarTool.toString(),
                "-J-Dsun.misc.JarIndex.metaInfFilenames=true",
                "--generate-index=" + app.getFileName())
            .directory(temp.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(jar.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jar.exitValue()).as(new String(jar.getInputStream().readAllBytes())).isZero();
    String theirs;
    try (ZipFile zip = new ZipFile(app.toFile())) {
      theirs = new String(zip.getInputStream(zip.getEntry(IndexJar.INDEX)).readAllBytes());
    }

    assertThat(sections(ours)).isEqualTo(sections(theirs));
    assertThat(sections(ours).keySet()).containsExactly("app.jar", "one.jar", "two.jar");
  }

  @Test
  void theSameInputsGiveTheSameText() throws Exception {
    Path classes = ownClasses();
    List<Path> libraries = libraries();

    assertThat(IndexJar.index("app.jar", classes, libraries))
        .isEqualTo(IndexJar.index("app.jar", classes, libraries))
        .startsWith("JarIndex-Version: 1.0\n\napp.jar\n");
  }

  @Test
  void anIndexLeftInTheClassesFolderIsNotListed() throws Exception {
    Path classes = ownClasses();
    write(classes.resolve(IndexJar.INDEX), "JarIndex-Version: 1.0\n\nold.jar\nold\n");

    Map<String, Set<String>> sections = sections(IndexJar.index("app.jar", classes, libraries()));

    assertThat(sections.get("app.jar")).containsExactly("app", "app.properties");
  }

  @Test
  void anEntryThatReadsAsAJarNameIsRefused() throws Exception {
    Path odd = temp.resolve("odd.jar");
    jar(odd, null, Map.of("lib/ok.jar", new byte[1], "plugins.jar/A.class", new byte[1]));

    assertThatThrownBy(() -> IndexJar.index("app.jar", ownClasses(), List.of(odd)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("plugins.jar");
  }

  @Test
  void javaFindsEveryClassAndResourceThroughTheIndex() throws Exception {
    Path classes = ownClasses();
    List<Path> libraries = libraries();
    // three.jar is on the Class-Path but left out of the index
    Path three = temp.resolve("three.jar");
    jar(three, null, Map.of("c/Four.class", classBytes("c/Four")));
    Path app =
        appJar(classes, IndexJar.index("app.jar", classes, libraries), "one.jar two.jar three.jar");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {app.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.loadClass("app.Main")).isNotNull();
      assertThat(loader.loadClass("a.One").getClassLoader()).isSameAs(loader);
      assertThat(loader.loadClass("a.Two")).isNotNull();
      assertThat(loader.loadClass("b.Three")).isNotNull();
      assertThat(loader.getResource("root.txt")).isNotNull();
      assertThat(loader.getResource("META-INF/services/x.Y").toString()).contains("two.jar");
      assertThatThrownBy(() -> loader.loadClass("a.Missing"))
          .isInstanceOf(ClassNotFoundException.class);
      if (Runtime.version().feature() == 17) {
        // Java 17 reads the index: what it does not name is not looked for
        assertThatThrownBy(() -> loader.loadClass("c.Four"))
            .isInstanceOf(ClassNotFoundException.class);
      }
    }
  }

  /** The classes folder of the jar being indexed. */
  private Path ownClasses() throws IOException {
    Path classes = temp.resolve("classes");
    if (!Files.isDirectory(classes)) {
      write(classes.resolve("app/Main.class"), classBytes("app/Main"));
      write(classes.resolve("app.properties"), "a=1\n");
    }
    return classes;
  }

  /**
   * one.jar without folder entries, two.jar with them; package a is in both, with a root file,
   * META-INF files and a versioned class.
   */
  private List<Path> libraries() throws IOException {
    Path one = temp.resolve("one.jar");
    Path two = temp.resolve("two.jar");
    if (!Files.exists(one)) {
      Map<String, byte[]> oneEntries = new LinkedHashMap<>();
      oneEntries.put("a/One.class", classBytes("a/One"));
      oneEntries.put("root.txt", new byte[] {'r'});
      oneEntries.put("META-INF/LICENSE", new byte[] {'l'});
      oneEntries.put("META-INF/versions/11/a/One.class", classBytes("a/One"));
      jar(one, null, oneEntries);
      Map<String, byte[]> twoEntries = new LinkedHashMap<>();
      twoEntries.put("a/", null);
      twoEntries.put("a/Two.class", classBytes("a/Two"));
      twoEntries.put("b/", null);
      twoEntries.put("b/deep/", null);
      twoEntries.put("b/Three.class", classBytes("b/Three"));
      twoEntries.put("META-INF/services/", null);
      twoEntries.put("META-INF/services/x.Y", new byte[] {'y'});
      jar(two, null, twoEntries);
    }
    return List.of(one, two);
  }

  /** app.jar of the classes, with the index (if any) and the Class-Path given. */
  private Path appJar(Path classes, String index, String classPath) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    if (index != null) {
      entries.put(IndexJar.INDEX, index.getBytes(StandardCharsets.UTF_8));
    }
    try (var files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.put(classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    Path app = temp.resolve("app.jar");
    jar(app, classPath, entries);
    return app;
  }

  /** Writes a jar; a null value makes a folder entry. */
  private static void jar(Path file, String classPath, Map<String, byte[]> entries)
      throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    try (OutputStream bytes = Files.newOutputStream(file);
        JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        if (e.getValue() != null) {
          out.write(e.getValue());
        }
        out.closeEntry();
      }
    }
  }

  private static byte[] classBytes(String internalName) {
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void write(Path file, Object content) throws IOException {
    Files.createDirectories(file.getParent());
    if (content instanceof byte[] bytes) {
      Files.write(file, bytes);
    } else {
      Files.writeString(file, (String) content);
    }
  }

  /** An index's sections in order, each jar's entries as a set (the JDK's tool does not sort). */
  private static Map<String, Set<String>> sections(String index) {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    Set<String> current = null;
    for (String line : index.split("\n")) {
      if (line.endsWith(".jar")) {
        current = new TreeSet<>();
        sections.put(line, current);
      } else if (current != null && !line.isEmpty()) {
        current.add(line);
      }
    }
    return sections;
  }
}
