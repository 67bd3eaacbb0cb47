package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.declgen.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A Word cell is named as a person finds it in Word: the table's number in the document and the
 * row's in that table. The sample renders as seven tables, one per page part: 1 the budget, 2–4 the
 * tasks (task 1 split between tables 3 and 4), 5–7 the indicators.
 */
class DocxCellPositionsTest {
  @Test
  void aCellIsNamedByItsTableAndItsRowInThatTable() throws Exception {
    Diagnostic d = onlyUnmapped(x -> once(x, ">服务单位数量<", "><"));

    assertThat(d.message()).startsWith("第 6 个表格第 4 行第 E 列：「不低于18个」");
  }

  @Test
  void rowsAfterARowSplitBetweenPagesAreCountedAsWordShowsThem() throws Exception {
    Diagnostic d = onlyUnmapped(x -> once(x, ">其他需完成<", ">另外要做<"));

    assertThat(d.message()).startsWith("第 4 个表格第 3 行第 A 列");
  }

  @Test
  void textOnlyInTheLaterPartOfASplitRowIsNamedWhereItStands() throws Exception {
    Diagnostic d = onlyUnmapped(x -> once(once(x, ">4,227.55<", "><"), ">4,227.55<", ">待定<"));

    assertThat(d.message()).startsWith("第 4 个表格第 2 行第 D 列：「待定」");
  }

  @Test
  void aTableFollowingAnotherWithoutAParagraphBetweenIsPartOfIt() throws Exception {
    Diagnostic d = onlyUnmapped(x -> withoutParagraphAfterTable(once(x, ">服务单位数量<", "><"), 5));

    assertThat(d.message()).startsWith("第 5 个表格第 6 行第 E 列");
  }

  private static Diagnostic onlyUnmapped(UnaryOperator<String> change) throws Exception {
    ImportResult result =
        ImportFixtures.importBytes("form.docx", ImportFixtures.sampleWithDocument(change));
    assertThat(result.diagnostics()).isNotEmpty();
    return result.diagnostics().get(0);
  }

  /** The document without the paragraph between the table numbered {@code table} and the next. */
  private static String withoutParagraphAfterTable(String xml, int table) {
    int at = -1;
    for (int i = 0; i < table; i++) {
      at = xml.indexOf("</w:tbl>", at + 1);
    }
    int end = at + "</w:tbl>".length();
    return xml.substring(0, end) + xml.substring(xml.indexOf("<w:tbl>", end));
  }

  private static String once(String xml, String from, String to) {
    int at = xml.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    return xml.substring(0, at) + to + xml.substring(at + from.length());
  }
}
