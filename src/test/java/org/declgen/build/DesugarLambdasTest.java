package org.declgen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.declgen.build.fixture.LambdaShapes;
import org.declgen.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** The build step that turns lambdas into classes (src/build/java, docs/performance.md). */
class DesugarLambdasTest {
  @TempDir Path temp;

  @Test
  void desugaredShapesGiveTheSameResultsAsCompiled() throws Exception {
    Path out = copyFixture();
    DesugarLambdas step = new DesugarLambdas(out);
    step.run();

    assertThat(step.leftAsTheyAre()).isEmpty();
    assertThat(step.desugared()).isGreaterThan(25);
    assertThat(lambdaSites(out)).isEmpty();
    assertThat(resultsFrom(out)).isEqualTo(LambdaShapes.results());
  }

  @Test
  void aSecondRunChangesNothing() throws Exception {
    Path out = copyFixture();
    new DesugarLambdas(out).run();
    Map<String, byte[]> first = contents(out);

    DesugarLambdas again = new DesugarLambdas(out);
    again.run();

    assertThat(again.desugared()).isZero();
    Map<String, byte[]> second = contents(out);
    assertThat(second).containsOnlyKeys(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void aHostCompiledAgainGetsItsClassesAnew() throws Exception {
    Path out = copyFixture();
    new DesugarLambdas(out).run();
    Map<String, byte[]> first = contents(out);
    Path host = out.resolve("org/declgen/build/fixture/LambdaShapes.class");
    Files.copy(
        fixtureRoot().resolve("org/declgen/build/fixture/LambdaShapes.class"),
        host,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    new DesugarLambdas(out).run();

    assertThat(contents(out).keySet()).isEqualTo(first.keySet());
    assertThat(resultsFrom(out)).isEqualTo(LambdaShapes.results());
  }

  @Test
  void classesOfAHostThatIsGoneAreRemoved() throws Exception {
    Path out = copyFixture();
    new DesugarLambdas(out).run();
    Path dir = out.resolve("org/declgen/build/fixture");
    Files.delete(dir.resolve("LambdaShapes$Makers.class"));

    new DesugarLambdas(out).run();

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("LambdaShapes$Makers" + DesugarLambdas.SUFFIX))
          .anyMatch(name -> name.startsWith("LambdaShapes" + DesugarLambdas.SUFFIX));
    }
  }

  @Test
  void aClassItsHostNoLongerUsesIsRemoved() throws Exception {
    Path out = copyFixture();
    new DesugarLambdas(out).run();
    String stale = "org/declgen/build/fixture/LambdaShapes" + DesugarLambdas.SUFFIX + "999";
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_FINAL, stale, null, "java/lang/Object", null);
    cw.visitNestHost("org/declgen/build/fixture/LambdaShapes");
    cw.visitEnd();
    Files.write(out.resolve(stale + ".class"), cw.toByteArray());

    new DesugarLambdas(out).run();

    assertThat(out.resolve(stale + ".class")).doesNotExist();
    byte[] host = Files.readAllBytes(out.resolve("org/declgen/build/fixture/LambdaShapes.class"));
    assertThat(DesugarLambdas.usesClass(host, stale)).isFalse();
    assertThat(resultsFrom(out)).isEqualTo(LambdaShapes.results());
  }

  @Test
  void theBuiltClassesHaveNoLambdaSitesLeft() throws Exception {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThat(lambdaSites(classes)).isEmpty();
    try (Stream<Path> walk = Files.walk(classes)) {
      assertThat(walk.filter(p -> p.getFileName().toString().contains(DesugarLambdas.SUFFIX)))
          .hasSizeGreaterThan(200);
    }
  }

  private Path copyFixture() throws IOException, URISyntaxException {
    Path from = fixtureRoot();
    Path dir = from.resolve("org/declgen/build/fixture");
    Path to = temp.resolve("classes");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    return to;
  }

  private static Path fixtureRoot() throws URISyntaxException {
    return Path.of(LambdaShapes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @SuppressWarnings("unchecked")
  private static List<String> resultsFrom(Path classes) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> shapes = loader.loadClass(LambdaShapes.class.getName());
      assertThat(shapes).isNotSameAs(LambdaShapes.class);
      Method results = shapes.getMethod("results");
      return (List<String>) results.invoke(null);
    }
  }

  private static List<String> lambdaSites(Path classes) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
        if (DesugarLambdas.hasLambdaSites(Files.readAllBytes(p))) {
          found.add(classes.relativize(p).toString());
        }
      }
    }
    return found;
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return all;
  }
}
