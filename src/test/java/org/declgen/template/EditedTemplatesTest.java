package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.declgen.bench.LargeForms;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.template.catalog.TemplateSet;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.Samples;
import org.declgen.testing.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates as an office would have them after opening and saving them in LibreOffice (runs split
 * mid-placeholder, styles renamed, unused grid columns dropped) render the same form. The fixtures
 * are remade by {@code scripts/resave-templates-with-libreoffice.sh}.
 */
class EditedTemplatesTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());

  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void libreOfficeCopyRendersTheSameGrid(String id) throws Exception {
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    Path copy = Path.of("src/test/resources/templates/libreoffice/" + id + ".docx");
    assertThat(grid(catalog.resolve(id))).isEqualTo(grid(catalog.resolve(copy.toString())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gz-district", "gd-municipal"})
  void libreOfficeSplitThePlaceholdersIntoSeveralRuns(String id) throws Exception {
    byte[] docx =
        Files.readAllBytes(Path.of("src/test/resources/templates/libreoffice/" + id + ".docx"));
    String xml = TestTemplates.entry(docx, "word/document.xml");
    assertThat(xml).as("the fixture really exercises run joining").contains("<w:t>${</w:t>");
  }

  /**
   * A copy of gz-district restyled in LibreOffice (table fonts 楷体_GB2312, smaller title, a wider
   * 三级指标 column; remade by {@code scripts/restyle-template-with-libreoffice.py}) renders the same
   * content in the new look. Its pages fall elsewhere (the wider column holds more), so the forms
   * are compared with pages left to the office suite.
   */
  @Test
  void restyledCopyRendersWithItsNewLook() throws Exception {
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    TemplateSet restyled = catalog.resolve("src/test/resources/templates/restyled/template.docx");
    assertThat(grid(restyled.paginated(false)))
        .isEqualTo(grid(catalog.resolve("gz-district").paginated(false)));

    byte[] docx =
        new Renderer(ENGINE, restyled)
            .render(Samples.nansha(), EnumSet.of(OutputFormat.DOCX))
            .get(OutputFormat.DOCX);
    String styles = TestTemplates.entry(docx, "word/styles.xml");
    String document = TestTemplates.entry(docx, "word/document.xml");
    assertThat(styles).contains("楷体_GB2312");
    assertThat(document).contains("<w:gridCol w:w=\"948\"/><w:gridCol w:w=\"2577\"/>");
    assertThat(document).doesNotContain("<w:gridCol w:w=\"1480\"/><w:gridCol w:w=\"2045\"/>");
  }

  /**
   * Edited copies paginate from what they are: every page's part of the task block starts with its
   * column headings and every page's part of the indicator table with its heading row, 一级 and 二级
   * labels printed on its first row.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/templates/libreoffice/gz-district.docx",
        "src/test/resources/templates/libreoffice/gd-municipal.docx",
        "src/test/resources/templates/restyled/template.docx"
      })
  void editedCopiesRepeatHeadingsAndLabelsOnEveryPage(String copy) throws Exception {
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    String form = grid(catalog.resolve(copy), LargeForms.of(Samples.nansha()));
    List<String> tables = List.of(form.split("table \\d+\n"));
    assertThat(tables).as("the large form takes many pages").hasSizeGreaterThan(20);
    for (String table : tables) {
      if (table.contains("任务") && !table.startsWith("| 部门名称")) {
        assertThat(table).startsWith("| 年度重点工作任务");
        assertThat(table.lines().findFirst().orElseThrow()).contains("| 名称 | 主要实施内容 |");
      }
      if (table.contains("指标值")) {
        assertThat(table).startsWith("| 绩效指标");
        String firstRow = table.lines().skip(1).findFirst().orElseThrow();
        assertThat(firstRow)
            .as(table)
            .containsPattern("^\\| \\S+指标( ⟨↓\\d+⟩)? \\| \\S+指标( ⟨↓\\d+⟩)? \\|");
      }
    }
  }

  private static String grid(TemplateSet set) throws Exception {
    return grid(set, Samples.nansha());
  }

  private static String grid(TemplateSet set, Declaration declaration) throws Exception {
    Renderer r = new Renderer(ENGINE, set);
    return DocxGrid.of(r.render(declaration, EnumSet.of(OutputFormat.DOCX)).get(OutputFormat.DOCX));
  }
}
