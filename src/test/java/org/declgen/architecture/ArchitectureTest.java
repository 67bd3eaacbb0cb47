package org.declgen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout a newcomer reads in README's "代码结构": dependencies point one way, from the
 * command line down to the model, and no two packages need each other.
 */
@AnalyzeClasses(packages = "org.declgen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.declgen..")
          .layer("cli")
          .definedBy("org.declgen.cli..")
          .layer("bench")
          .definedBy("org.declgen.bench..")
          .layer("pipeline")
          .definedBy("org.declgen.pipeline..")
          .layer("features")
          .definedBy(
              "org.declgen.check..",
              "org.declgen.diff..",
              "org.declgen.importer..",
              "org.declgen.render..",
              "org.declgen.yaml..")
          .layer("template")
          .definedBy("org.declgen.template..")
          .layer("form")
          .definedBy("org.declgen.form..")
          .layer("model")
          .definedBy("org.declgen.model..")
          .layer("foundation")
          .definedBy("org.declgen.diag..", "org.declgen.internal..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("bench")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("pipeline")
          .mayOnlyBeAccessedByLayers("cli", "bench")
          .whereLayer("features")
          .mayOnlyBeAccessedByLayers("cli", "bench", "pipeline")
          .whereLayer("template")
          .mayOnlyBeAccessedByLayers("cli", "bench", "pipeline", "features")
          .whereLayer("form")
          .mayOnlyBeAccessedByLayers("cli", "bench", "pipeline", "features", "template")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("cli", "bench", "pipeline", "features", "template", "form");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.declgen.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule featuresStandAlone =
      noClasses()
          .that()
          .resideInAnyPackage("org.declgen.check..", "org.declgen.diff..", "org.declgen.yaml..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.declgen.render..", "org.declgen.importer..");

  @ArchTest
  static final ArchRule onlyTheImporterReadsSpreadsheets =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.declgen.importer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.poi..");

  @ArchTest
  static final ArchRule renderingLoadsNoDocx4j =
      noClasses()
          .that()
          .resideInAnyPackage("org.declgen.render..", "org.declgen.template.docx")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.docx4j..");
}
