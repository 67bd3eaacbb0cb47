package org.declgen.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEstimateTest {
  @Test
  void chineseCharactersAreOneEmEach() {
    assertThat(LineEstimate.lines("一二三四五六七八九", 9)).isEqualTo(1);
    assertThat(LineEstimate.lines("一二三四五六七八九十", 9)).isEqualTo(2);
    assertThat(LineEstimate.lines("一二三四五六七八九十", 9.9)).isEqualTo(2);
  }

  @Test
  void latinAndDigitsAreAboutHalfAnEmAndSpacedFromChinese() {
    // 3 + 0.2 + 1 + 0.2 + 1 = 5.4 em
    assertThat(LineEstimate.lines("不低于18个", 5.4)).isEqualTo(1);
    assertThat(LineEstimate.lines("不低于18个", 5.3)).isEqualTo(2);
    // no extra space next to punctuation: 2 + 0.5 + 8 = 10.5 em
    assertThat(LineEstimate.lines("设备/系统正常使用年限", 10.5)).isEqualTo(1);
  }

  @Test
  void aNumberIsNotBrokenAndAClosingMarkDoesNotStartALine() {
    assertThat(LineEstimate.lines("一二三123456", 5)).isEqualTo(2);
    // 「。」 would start the second line: the character before it goes down with it
    assertThat(LineEstimate.lines("一二三四五。", 5)).isEqualTo(2);
    assertThat(LineEstimate.lines("一二三四“五六", 5)).isEqualTo(2);
  }

  @Test
  void aLineBreakStartsANewLine() {
    assertThat(LineEstimate.lines("部门\n名称", 5)).isEqualTo(2);
    assertThat(LineEstimate.lines("", 5)).isEqualTo(1);
  }
}
