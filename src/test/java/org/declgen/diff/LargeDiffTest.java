package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;
import org.declgen.model.IndicatorCategory;
import org.declgen.model.IndicatorSubcategory;
import org.declgen.model.Task;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Sizes a file can reach within the loader's limits are compared in linear memory: the former table
 * of order moves took {@code n²} integers, 14 GB for the 60,000 indicators here.
 */
class LargeDiffTest {
  private static Declaration withIndicators(List<Indicator> indicators) {
    return Samples.nansha()
        .withIndicators(
            List.of(
                new IndicatorCategory(
                    "产出指标", List.of(new IndicatorSubcategory("数量指标", indicators)))));
  }

  @Test
  void sixtyThousandIndicatorsReversed() {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      indicators.add(new Indicator("指标" + i, i + "件", i + "件"));
    }
    List<Indicator> reversed = new ArrayList<>(indicators);
    Collections.reverse(reversed);
    List<Change> changes =
        DeclarationDiff.compare(withIndicators(indicators), withIndicators(reversed));
    assertThat(changes).hasSize(59_999).allMatch(c -> c.kind() == Change.Kind.MOVED);
  }

  /** Every task renamed and the list reversed: matched by content, then ordered. */
  @Test
  void thirtyThousandTasksRenamedAndReversed() {
    List<Task> tasks = new ArrayList<>();
    List<Task> renamed = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      Task t = Task.BLANK.withName("甲" + i).withContent("内容" + i);
      tasks.add(t);
      renamed.add(0, t.withName("乙" + i));
    }
    Declaration sample = Samples.nansha();
    List<Change> changes =
        DeclarationDiff.compare(sample.withTasks(tasks), sample.withTasks(renamed));
    assertThat(changes.stream().filter(c -> c.kind() == Change.Kind.RENAMED)).hasSize(30_000);
    assertThat(changes.stream().filter(c -> c.kind() == Change.Kind.MOVED)).hasSize(29_999);
    assertThat(changes).hasSize(59_999);
  }
}
