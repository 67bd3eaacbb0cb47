package org.declgen.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.declgen.diag.Messages;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

class FormCellsTest {
  @Test
  void readsTheSampleFormsCellsLabelsAndRows() throws Exception {
    byte[] docx =
        new Renderer(
                new TemplateEngine(Messages.chinese()),
                new TemplateCatalog(Path.of("."), Messages.chinese()).resolve("gz-district"))
            .render(Samples.nansha(), EnumSet.of(OutputFormat.DOCX))
            .get(OutputFormat.DOCX);
    FormCells cells = FormCells.of(docx);
    assertThat(cells.labels())
        .contains("部门名称", "部门预算支出", "其他需完成的任务（可选填）", "实施周期指标值", "产出指标", "生态环境成本指标");
    assertThat(cells.texts()).contains("1,999.68", "无人机机库部署数量").doesNotContain("");
    // 任务1 is taller than a page: printed in two rows, its name and amount on both
    assertThat(cells.taskRows()).hasSize(4);
    assertThat(cells.taskRows().get(0)).startsWith("任务3:进一步加强政务服务力度").contains("839.55");
    assertThat(cells.taskRows().get(3)).startsWith("任务1:进一步推进“数字城市建设”").contains("4,227.55");
    assertThat(cells.indicatorRows()).hasSize(30);
    assertThat(cells.indicatorRows().get(15))
        .isEqualTo(
            new FormCells.IndicatorRow("产出指标", "质量指标", List.of("恢复时间目标RTO", ">12小时", ">12小时")));
  }
}
