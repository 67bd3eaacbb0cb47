package org.declgen.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.print.PdfSketch.cell;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The print checks on small PDFs drawn for the purpose: each check finds the fault it is for and
 * passes a form without it. (The whole-form cases in PrintTest that need pagination are disabled
 * until the renderer paginates; these prove the checks themselves.)
 */
class PrintChecksTest {
  private static PrintedForm read(PdfSketch sketch) throws Exception {
    return PrintedForm.read(sketch.pdf());
  }

  @Test
  void cellsAreReadAsTheRulesEncloseThem() throws Exception {
    PrintedForm form =
        read(new PdfSketch().page(cell(50, 100, 80, 50, "AB", "CD"), cell(130, 100, 80, 50, "EF")));
    assertThat(form.pages()).hasSize(1);
    assertThat(form.boxes()).extracting(PrintedForm.Box::text).containsExactly("ABCD", "EF");
    assertThat(form.boxes().get(0).lines()).hasSize(2);
  }

  @Test
  void aCellNotPrintedIsLost() throws Exception {
    PrintedForm form =
        read(new PdfSketch().page(cell(50, 100, 80, 30, "AB"), cell(130, 100, 80, 30, "CD")));
    assertThat(PrintChecks.lost(form, List.of("AB", "CD"))).isEmpty();
    assertThat(PrintChecks.lost(form, List.of("AB", "CD", "EF")))
        .containsExactly("「EF」 printed 0 of 1 times");
    assertThat(PrintChecks.lost(form, List.of("AB", "AB")))
        .containsExactly("「AB」 printed 1 of 2 times");
  }

  @Test
  void aCellContinuedOnTheNextPageInItsColumnIsNotLost() throws Exception {
    PrintedForm form =
        read(
            new PdfSketch()
                .page(cell(50, 700, 80, 40, "ABC"))
                .page(cell(50, 80, 80, 40, "DEF"), cell(130, 80, 80, 40, "GH")));
    assertThat(PrintChecks.lost(form, List.of("ABCDEF"))).isEmpty();
    assertThat(PrintChecks.lost(form, List.of("ABCGH"))).hasSize(1);
  }

  @Test
  void aRowSplitAcrossPagesIsBroken() throws Exception {
    PdfSketch sketch =
        new PdfSketch()
            .page(
                cell(50, 80, 80, 20, "Head"),
                cell(50, 100, 80, 600, "Before"),
                cell(130, 100, 80, 600, "Beside"),
                cell(50, 700, 80, 40, "Name"),
                cell(130, 700, 80, 40, "Value1"))
            .page(cell(50, 80, 80, 20, "Head"), cell(130, 100, 80, 20, "Value2"));
    PrintedForm form = read(sketch);
    assertThat(PrintChecks.brokenRows(form, List.of(List.of("Before")), Set.of("Head"))).isEmpty();
    assertThat(
            PrintChecks.brokenRows(form, List.of(List.of("Name", "Value1Value2")), Set.of("Head")))
        .singleElement()
        .asString()
        .startsWith("row 「Name」 is split");
  }

  @Test
  void aRowTallerThanAPageMayStartAnywhereAndBreak() throws Exception {
    PdfSketch sketch =
        new PdfSketch()
            .page(
                cell(50, 80, 80, 20, "Head"),
                cell(50, 100, 80, 300, "Before"),
                cell(50, 400, 80, 340, "Long1"))
            .page(cell(50, 80, 80, 20, "Head"), cell(50, 100, 80, 300, "Long2"));
    PrintedForm form = read(sketch);
    assertThat(PrintChecks.brokenRows(form, List.of(List.of("Long1Long2")), Set.of("Head")))
        .isEmpty();
    PdfSketch shorter =
        new PdfSketch()
            .page(
                cell(50, 80, 80, 20, "Head"),
                cell(50, 100, 80, 300, "Before"),
                cell(50, 400, 80, 240, "Long1"))
            .page(cell(50, 80, 80, 20, "Head"), cell(50, 100, 80, 200, "Long2"));
    assertThat(
            PrintChecks.brokenRows(read(shorter), List.of(List.of("Long1Long2")), Set.of("Head")))
        .hasSize(1);
  }

  @Test
  void aRowTallerThanAPageMayBreak() throws Exception {
    PdfSketch sketch =
        new PdfSketch()
            .page(cell(50, 80, 80, 20, "Head"), cell(50, 100, 80, 640, "Long1"))
            .page(cell(50, 80, 80, 20, "Head"), cell(50, 100, 80, 200, "Long2"));
    PrintedForm form = read(sketch);
    assertThat(PrintChecks.brokenRows(form, List.of(List.of("Long1Long2")), Set.of("Head")))
        .isEmpty();
  }

  @Test
  void aPageWithIndicatorRowsButNotTheirLabelsIsUnlabelled() throws Exception {
    List<FormCells.IndicatorRow> rows =
        List.of(
            new FormCells.IndicatorRow("Output", "Count", List.of("Rows1")),
            new FormCells.IndicatorRow("Output", "Count", List.of("Rows2")));
    PrintedForm labelledOnce =
        read(
            new PdfSketch()
                .page(
                    cell(50, 100, 60, 40, "Output"),
                    cell(110, 100, 60, 40, "Count"),
                    cell(170, 100, 60, 40, "Rows1"))
                .page(cell(170, 100, 60, 40, "Rows2")));
    assertThat(PrintChecks.unlabelledPages(labelledOnce, rows))
        .containsExactly(
            "page 2: 「Rows2」 without its label 「Output」",
            "page 2: 「Rows2」 without its label 「Count」");
    PrintedForm labelledOnEveryPage =
        read(
            new PdfSketch()
                .page(
                    cell(50, 100, 60, 40, "Output"),
                    cell(110, 100, 60, 40, "Count"),
                    cell(170, 100, 60, 40, "Rows1"))
                .page(
                    cell(50, 100, 60, 40, "Output"),
                    cell(110, 100, 60, 40, "Count"),
                    cell(170, 100, 60, 40, "Rows2")));
    assertThat(PrintChecks.unlabelledPages(labelledOnEveryPage, rows)).isEmpty();
  }

  @Test
  void aLabelLineWithOneCharacterIsFound() throws Exception {
    PrintedForm form =
        read(
            new PdfSketch()
                .page(
                    cell(50, 100, 60, 40, "ABC", "D"),
                    cell(110, 100, 60, 40, "AB", "CD"),
                    cell(170, 100, 60, 40, "XYZ", "W")));
    assertThat(PrintChecks.singleCharacterLines(form, Set.of("ABCD", "XYZW")))
        .containsExactly("page 1: 「ABC/D」", "page 1: 「XYZ/W」");
    assertThat(PrintChecks.singleCharacterLines(form, Set.of("ABCD"))).hasSize(1);
    assertThat(PrintChecks.singleCharacterLines(form, Set.of())).isEmpty();
  }

  @Test
  void anAmountWithMoreThanTwoDecimalsIsFound() throws Exception {
    PrintedForm form =
        read(
            new PdfSketch()
                .page(
                    cell(50, 100, 80, 30, "1,999.675843"),
                    cell(130, 100, 80, 30, "1,999.68"),
                    cell(210, 100, 80, 30, "15074"),
                    cell(290, 100, 80, 30, ">=0.955")));
    assertThat(PrintChecks.overPreciseAmounts(form)).containsExactly("page 1: 1,999.675843");
  }
}
