package org.declgen.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.print.PrintCases.Case;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.render.pdf.PdfPrinter;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prints forms through LibreOffice and reads the PDF back page by page (issue 10 item 6): the
 * sample with both built-in templates, the municipal golden case, the benchmark's large form, and a
 * family of 市级 forms whose indicator heading falls at every position relative to a page end (where
 * LibreOffice once dropped the whole indicator block). All forms go through one LibreOffice run.
 * Without LibreOffice the test is skipped; CI installs it ({@code .ci/run}).
 */
class PrintTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());
  private static final Map<String, Printed> PRINTED = new HashMap<>();

  /** A printed case: what the .docx holds, its estimated row heights, and the printer's output. */
  private record Printed(FormCells cells, List<RowHeights.Row> rows, PrintedForm form) {}

  static Stream<Case> all() {
    return Stream.concat(PrintCases.forms().stream(), PrintCases.steps().stream());
  }

  static Stream<Case> forms() {
    return PrintCases.forms().stream();
  }

  @BeforeAll
  static void printEveryForm() throws Exception {
    Optional<PdfPrinter> office = PdfPrinter.find(System.getenv());
    assumeTrue(
        office.isPresent(),
        "LibreOffice (soffice) is not installed here, so forms cannot be printed; CI installs it"
            + " (apt-get install -y libreoffice-writer fonts-noto-cjk)");
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    Map<String, Renderer> renderers = new HashMap<>();
    Map<String, byte[]> docx = new LinkedHashMap<>();
    for (Case c : all().toList()) {
      if (!renderers.containsKey(c.template())) {
        renderers.put(c.template(), new Renderer(ENGINE, catalog.resolve(c.template())));
      }
      docx.put(
          c.name(),
          renderers
              .get(c.template())
              .render(c.declaration(), EnumSet.of(OutputFormat.DOCX))
              .get(OutputFormat.DOCX));
    }
    PdfPrinter printer = new PdfPrinter(office.get().office(), Duration.ofMinutes(8));
    Map<String, byte[]> pdf = printer.print(docx);
    for (String name : docx.keySet()) {
      PRINTED.put(
          name,
          new Printed(
              FormCells.of(docx.get(name)),
              RowHeights.of(docx.get(name)),
              PrintedForm.read(pdf.get(name))));
    }
  }

  private static Printed printed(Case c) {
    return PRINTED.get(c.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyCellIsPrinted(Case c) {
    Printed p = printed(c);
    assertThat(PrintChecks.lost(p.form(), p.cells().texts())).as(c.name()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void noLineOfALabelHoldsASingleCharacter(Case c) {
    Printed p = printed(c);
    assertThat(PrintChecks.singleCharacterLines(p.form(), p.cells().labels()))
        .as(c.name())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void noAmountIsPrintedWithMoreThanTwoDecimals(Case c) {
    assertThat(PrintChecks.overPreciseAmounts(printed(c).form())).as(c.name()).isEmpty();
  }

  /**
   * The estimate the renderer is to paginate with (exact line heights, CJK 1 em, Latin about half)
   * gives every row's printed height to within a point: with the built-in templates' exact line
   * spacing a row is as tall as its line count says (docs/printing.md).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyRowIsAsTallAsEstimated(Case c) {
    Printed p = printed(c);
    assertThat(PrintChecks.misestimatedRows(p.form(), p.cells(), p.rows(), 1.0))
        .as(c.name())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void noTaskOrIndicatorRowIsBrokenAcrossPages(Case c) {
    Printed p = printed(c);
    List<List<String>> rows = new ArrayList<>(p.cells().taskRows());
    p.cells().indicatorRows().forEach(r -> rows.add(r.own()));
    assertThat(PrintChecks.brokenRows(p.form(), rows, p.cells().labels())).as(c.name()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyPageWithIndicatorRowsShowsTheirLabels(Case c) {
    Printed p = printed(c);
    assertThat(PrintChecks.unlabelledPages(p.form(), p.cells().indicatorRows()))
        .as(c.name())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void noShortTextLeavesACharacterAloneOnALine(Case c) {
    Printed p = printed(c);
    Set<String> shortTexts = new HashSet<>(p.cells().labels());
    p.cells().indicatorRows().forEach(r -> shortTexts.addAll(r.own()));
    assertThat(PrintChecks.singleCharacterLines(p.form(), shortTexts)).as(c.name()).isEmpty();
  }

  /** An amount copied from a spreadsheet with its full precision (issue 10 item 3). */
  @Test
  void anAmountWithManyDecimalsIsPrintedWithTwo() throws Exception {
    Declaration spreadsheet =
        Samples.parse(
                "spreadsheet.yaml",
                Samples.read(Samples.NANSHA).replace("基本支出: 1999.68", "基本支出: 1999.675843"))
            .declaration();
    byte[] docx =
        new Renderer(
                ENGINE,
                new TemplateCatalog(Path.of("."), Messages.chinese()).resolve("gz-district"))
            .render(spreadsheet, EnumSet.of(OutputFormat.DOCX))
            .get(OutputFormat.DOCX);
    byte[] pdf = PdfPrinter.find(System.getenv()).orElseThrow().print(docx);
    assertThat(PrintChecks.overPreciseAmounts(PrintedForm.read(pdf))).isEmpty();
  }
}
