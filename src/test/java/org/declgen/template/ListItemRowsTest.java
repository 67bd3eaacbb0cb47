package org.declgen.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declgen.diag.Messages;
import org.declgen.model.Amount;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.DocxGrid;
import org.declgen.testing.Samples;
import org.declgen.testing.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template whose list prints each item in several rows (a task's row, then a row that continues
 * it) keeps an item's rows on one page: a page never parts them.
 */
class ListItemRowsTest {
  private static final String OPEN = "&lt;#list 年度重点工作任务 as 任务&gt;";
  private static final String CLOSE = "&lt;/#list&gt;";
  private static final String SECOND_ROW_MARK = "续：";

  @TempDir Path dir;

  @Test
  void aPageNeverPartsTheRowsOfOneTask() throws Exception {
    Path template = dir.resolve("two-rows.docx");
    Files.write(template, twoRowsPerTask());
    TemplateCatalog catalog = new TemplateCatalog(Path.of("."), Messages.chinese());
    byte[] docx =
        new Renderer(new TemplateEngine(Messages.chinese()), catalog.resolve(template.toString()))
            .render(manyShortTasks(), EnumSet.of(OutputFormat.DOCX))
            .get(OutputFormat.DOCX);

    List<String> pages = List.of(DocxGrid.of(docx).split("table \\d+\n"));
    assertThat(pages).as("the tasks take several pages").hasSizeGreaterThan(3);
    int seen = 0;
    for (String page : pages) {
      List<String> names = new ArrayList<>();
      Matcher m = Pattern.compile("\\| (任务\\d+：短任务)").matcher(page);
      while (m.find()) {
        names.add(m.group(1));
      }
      Matcher second = Pattern.compile(SECOND_ROW_MARK + "(任务\\d+：短任务)").matcher(page);
      while (second.find()) {
        assertThat(names)
            .as("the first row of «%s» on this page:%n%s", second.group(1), page)
            .contains(second.group(1));
        seen++;
      }
    }
    assertThat(seen).isEqualTo(40);
  }

  /**
   * gz-district with the task row doubled: the list opens in the first, closes in the second, which
   * prints the task's name again and is shorter, so that whole items do not fill a page exactly.
   */
  private static byte[] twoRowsPerTask() throws Exception {
    byte[] builtIn = Files.readAllBytes(Path.of("templates/gz-district/template.docx"));
    Map<String, byte[]> entries = TestTemplates.entries(builtIn);
    String xml = new String(entries.get("word/document.xml"), "UTF-8");
    Matcher row = Pattern.compile("<w:tr[ >](?:(?!</w:tr>).)*" + OPEN + ".*?</w:tr>").matcher(xml);
    assertThat(row.find()).isTrue();
    String first = row.group().replace(CLOSE, "");
    String second =
        row.group()
            .replace(OPEN, "")
            .replace("${任务.名称}", SECOND_ROW_MARK + "${任务.名称}")
            .replace("${任务.主要实施内容}", "")
            .replace("${任务.期望达到的目标}", "");
    xml = xml.substring(0, row.start()) + first + second + xml.substring(row.end());
    entries.put("word/document.xml", xml.getBytes("UTF-8"));
    return TestTemplates.zipBytes(entries);
  }

  /** The sample with 40 tasks of a few lines each, about a sixth of a page per task. */
  private static Declaration manyShortTasks() {
    Declaration sample = Samples.nansha();
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      tasks.add(
          new Task(
              "任务" + i + "：短任务",
              "（一）推进政务服务标准化建设。（二）优化线上办理流程。（三）拓展自助终端服务。（四）加强窗口人员培训。",
              Amount.of("25.00"),
              "办理时限压缩三成，群众满意度不低于95%。"));
    }
    return sample.withTasks(tasks);
  }
}
