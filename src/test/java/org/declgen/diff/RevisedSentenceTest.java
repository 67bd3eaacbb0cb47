package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisedSentenceTest {
  private static final String LONG =
      "围绕省委具体部署和市委思路举措，以《南沙方案》落地落实为牵引，大力推进数字城市建设、行政审批改革，" + "在推进南沙开发建设中走前列、挑大梁，各项工作取得新成效。";

  @Test
  void aWordChangedInALongSentenceShowsOnlyItsClause() {
    RevisedSentence r = RevisedSentence.of(LONG, LONG.replace("大力", "全力")).orElseThrow();
    assertThat(r.before()).isEqualTo("…大力推进数字城市建设、行政审批改革，…");
    assertThat(r.after()).isEqualTo("…全力推进数字城市建设、行政审批改革，…");
    assertThat(r.opening()).isEqualTo("围绕省委具体部署和市委思路举措，…");
  }

  @Test
  void aClauseAddedAtTheEndShowsTheClauseBeforeIt() {
    RevisedSentence r =
        RevisedSentence.of(LONG, LONG.replace("新成效。", "新成效，群众满意度持续提升。")).orElseThrow();
    assertThat(r.before()).isEqualTo("…各项工作取得新成效。");
    assertThat(r.after()).isEqualTo("…各项工作取得新成效，群众满意度持续提升。");
  }

  @Test
  void aSentenceRewrittenMostlyIsShownWhole() {
    assertThat(RevisedSentence.of("推进商事登记改革。", "推进商事登记改革，压减开办时间。")).isEmpty();
    assertThat(RevisedSentence.of("一，二，三，四。", "一，五，六，七。")).isEmpty();
  }

  @Test
  void clausesEndAtCommasAndColonsWithTheQuotesAfterThem() {
    assertThat(RevisedSentence.clauses("围绕“1310，”部署：推进建设。"))
        .containsExactly("围绕“1310，”", "部署：", "推进建设。");
  }
}
