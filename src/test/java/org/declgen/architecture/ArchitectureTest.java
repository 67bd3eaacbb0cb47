package org.declgen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package layout a newcomer reads in README's "代码结构": dependencies point one way, from the
 * command line down to the model, and no two packages need each other.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.declgen");

  private static final List<String> PACKAGES =
      List.of(
          "cli",
          "bench",
          "server",
          "pipeline",
          "check",
          "diff",
          "importer",
          "render",
          "yaml",
          "template",
          "form",
          "model",
          "diag",
          "internal");

  /** Each layer and the layers above it, the only ones that may use it. */
  private static final Map<String, List<String>> USED_ONLY_BY =
      Map.of(
          "cli", List.of(),
          "bench", List.of("cli"),
          "server", List.of("cli"),
          "pipeline", List.of("cli", "bench"),
          "check|diff|importer|render|yaml", List.of("cli", "bench", "pipeline"),
          "template", List.of("cli", "bench", "pipeline", "check|diff|importer|render|yaml"),
          "form",
              List.of("cli", "bench", "pipeline", "check|diff|importer|render|yaml", "template"),
          "model",
              List.of(
                  "cli",
                  "bench",
                  "pipeline",
                  "check|diff|importer|render|yaml",
                  "template",
                  "form"));

  @Test
  void dependenciesPointDownTheLayers() {
    USED_ONLY_BY.forEach(
        (layer, users) -> {
          List<String> allowed = new ArrayList<>(users);
          allowed.add(layer);
          String[] outside =
              PACKAGES.stream()
                  .filter(p -> allowed.stream().noneMatch(a -> List.of(a.split("\\|")).contains(p)))
                  .map(p -> "org.declgen." + p + "..")
                  .toArray(String[]::new);
          String[] inside =
              List.of(layer.split("\\|")).stream()
                  .map(p -> "org.declgen." + p + "..")
                  .toArray(String[]::new);
          noClasses()
              .that()
              .resideInAnyPackage(outside)
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(inside)
              .allowEmptyShould(true)
              .check(CLASSES);
        });
  }

  @Test
  void noTwoPackagesNeedEachOther() {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = d.getTargetClass().getPackageName();
        if (to.startsWith("org.declgen") && !to.equals(c.getPackageName())) {
          uses.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>()).add(to);
        }
      }
    }
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      reach(start, start, uses, new TreeSet<>(), new ArrayList<>(List.of(start)), cycles);
    }
    assertThat(cycles).isEmpty();
  }

  private static void reach(
      String start,
      String at,
      Map<String, Set<String>> uses,
      Set<String> seen,
      List<String> path,
      List<String> cycles) {
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        cycles.add(String.join(" → ", path) + " → " + start);
      } else if (seen.add(next)) {
        path.add(next);
        reach(start, next, uses, seen, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  @Test
  void onlyTheImporterReadsSpreadsheets() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.declgen.importer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..")
        .check(CLASSES);
  }

  @Test
  void renderingLoadsNoDocx4j() {
    noClasses()
        .that()
        .resideInAnyPackage("org.declgen.render..", "org.declgen.template.docx")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.docx4j..")
        .check(CLASSES);
  }

  /**
   * The resident server carries command lines and bytes, and knows nothing of declarations: the
   * client side stays small, so that a command sent to the server starts fast.
   */
  @Test
  void theServerKnowsOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.declgen.server..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.declgen.server..", "java..", "javax..")
        .check(CLASSES);
  }
}
