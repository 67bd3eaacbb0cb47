package org.declgen.template.docx.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {
  @Test
  void chineseCharactersAreOneEmEach() {
    assertThat(LineBreaks.count("一二三四五六七八九", 9)).isEqualTo(1);
    assertThat(LineBreaks.count("一二三四五六七八九十", 9)).isEqualTo(2);
    assertThat(LineBreaks.count("一二三四五六七八九十", 9.9)).isEqualTo(2);
  }

  @Test
  void latinAndDigitsAreAsWideAsInTimesAndSpacedFromChinese() {
    // 3 + 0.2 + 1 + 0.2 + 1 = 5.4 em
    assertThat(LineBreaks.count("不低于18个", 5.4)).isEqualTo(1);
    assertThat(LineBreaks.count("不低于18个", 5.3)).isEqualTo(2);
    // no extra space next to punctuation: 2 + 0.278 + 8 em
    assertThat(LineBreaks.count("设备/系统正常使用年限", 10.3)).isEqualTo(1);
    assertThat(LineBreaks.count("设备/系统正常使用年限", 10.25)).isEqualTo(2);
    // a colon is narrower than a digit but wider than a full stop: 2 + 0.5 + 0.278 + 0.2 = 2.978
    assertThat(LineBreaks.count("任务1:", 2.97)).isEqualTo(2);
  }

  @Test
  void aNumberIsNotBrokenAndAClosingMarkDoesNotStartALine() {
    assertThat(LineBreaks.count("一二三123456", 5)).isEqualTo(2);
    // 「。」 would start the second line: the character before it goes down with it
    assertThat(LineBreaks.count("一二三四五。", 5)).isEqualTo(2);
    assertThat(LineBreaks.starts("一二三四五。", 5, 0)).containsExactly(0, 4);
    assertThat(LineBreaks.count("一二三四“五六", 5)).isEqualTo(2);
  }

  @Test
  void aLineBreakStartsANewLine() {
    assertThat(LineBreaks.count("部门\n名称", 5)).isEqualTo(2);
    assertThat(LineBreaks.starts("部门\n名称", 5, 0)).containsExactly(0, 3);
    assertThat(LineBreaks.count("", 5)).isEqualTo(1);
  }

  @Test
  void aFirstLineIndentNarrowsTheFirstLine() {
    assertThat(LineBreaks.count("一二三四五", 5, 0)).isEqualTo(1);
    assertThat(LineBreaks.count("一二三四五", 5, 2)).isEqualTo(2);
  }

  @Test
  void aShortTextWhoseLastLineWouldHoldOneCharacterIsBalanced() {
    // 7 characters in a 6-em column: 6 + 1 would leave 「量」 alone
    assertThat(LineBreaks.balance("执照授权预审量", 6.2)).isEqualTo("执照授权\n预审量");
    assertThat(LineBreaks.balance("每套无人机机库平均覆盖半径", 12.1)).isEqualTo("每套无人机机库\n平均覆盖半径");
    // a break between Chinese and a number costs nothing: 「全区不低于/36台」, not 「全区不低/于36台」
    assertThat(LineBreaks.balance("全区不低于36台", 6.5)).isEqualTo("全区不低于\n36台");
    // a mark after the last character leaves it just as alone
    assertThat(LineBreaks.balance("进一步推进数字城市建设”", 10.5)).isEqualTo("进一步推进数\n字城市建设”");
  }

  @Test
  void aUnitWithASlashBreaksAfterTheSlashNotBeforeIt() {
    // 「·」 is as narrow as in Times: 「≤1350元/生·」 fits 5.28 em, as LibreOffice sets it
    assertThat(LineBreaks.balance("≤1350元/生·年", 5.28)).isEqualTo("≤1350元/\n生·年");
    assertThat(LineBreaks.starts("≥190元/人·月", 4.5, 0)).containsExactly(0, 6);
    for (int start : LineBreaks.starts("≥300元/人·次", 4.2, 0)) {
      assertThat("≥300元/人·次".charAt(start)).isNotEqualTo('/');
    }
  }

  @Test
  void otherTextsAreLeftAsTheyAre() {
    String fits = "服务对象满意度";
    assertThat(LineBreaks.balance(fits, 8)).isSameAs(fits);
    String twoCharacters = "一二三四五六七八";
    assertThat(LineBreaks.balance(twoCharacters, 6.2)).isSameAs(twoCharacters);
    assertThat(LineBreaks.balance("部门名\n称", 6)).isEqualTo("部门名\n称");
  }

  @Test
  void balancedLinesKeepTheirCount() {
    String text = "梳理形成各类清单成果梳理形成各类清单成果梳";
    String balanced = LineBreaks.balance(text, 10.5);
    assertThat(balanced).isNotEqualTo(text);
    assertThat(balanced.split("\n")).hasSize(LineBreaks.count(text, 10.5));
    for (String line : balanced.split("\n")) {
      assertThat(LineBreaks.count(line, 10.5)).isEqualTo(1);
      assertThat(line.length()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void anOperatorIsSetLikeALatinLetterAndStaysWithItsNumber() {
    // 0.549 + 3.5 + 0.2 + 1 = 5.249 em: one line in the 5.5-em value column of 区级 forms
    assertThat(LineBreaks.count("≥1000000台", 5.5)).isEqualTo(1);
    assertThat(LineBreaks.count("≥1000000台", 5.2)).isEqualTo(2);
    assertThat(LineBreaks.starts("≥1000000台", 5.2, 0)).containsExactly(0, 8);
    // no break between the operator and its number, as UAX #14 has it (≥ is a letter there)
    assertThat(LineBreaks.starts("≥12345678", 4, 0)).containsExactly(0);
    // after Chinese the operator takes the Chinese font: 5 + 1 + 1 + 0.833 em
    assertThat(LineBreaks.count("按时办结率≥99%", 7.84)).isEqualTo(1);
    assertThat(LineBreaks.count("按时办结率≥99%", 7.83)).isEqualTo(2);
    // the space between a number and Chinese follows the number's last digit, not the operator
    assertThat(LineBreaks.count("≥5件", 2.25)).isEqualTo(1);
    assertThat(LineBreaks.count("≥5件", 2.2)).isEqualTo(2);
  }

  @Test
  void aLoneOperatorOrUnitIsNotLeftOnALine() {
    // 「≥3000000人/次」 would split the word 人次
    assertThat(LineBreaks.balance("≥3000000人次", 5.5)).isEqualTo("≥3000000\n人次");
    // not 「不少于≥/5件」: the operator stays with its number
    assertThat(LineBreaks.balance("不少于≥5件", 5.5)).isEqualTo("不少于\n≥5件");
    // a full-width operator or 约 is kept with the number after it: not 「＞/1234件」
    assertThat(LineBreaks.balance("达到＞1234件", 5)).isEqualTo("达到\n＞1234件");
    assertThat(LineBreaks.balance("预计约1234件", 5)).isEqualTo("预计\n约1234件");
    // a number with its unit when they fit: 「全区累计/1000000台」, not 「全区累计1000000/台」
    assertThat(LineBreaks.balance("全区累计1000000台", 7.9)).isEqualTo("全区累计\n1000000台");
  }

  @Test
  void aTextThatNoBreakSuitsIsNarrowedToOneLine() {
    // 「≥12345678/件」 or a broken number are the only ways to make two lines of it
    String text = "≥12345678件";
    assertThat(LineBreaks.balance(text, 5.5)).isSameAs(text);
    // 0.549 + 4 + 0.2 + 1 = 5.749 em in 5.5: 95.7 %, less a point for the unscaled space
    assertThat(LineBreaks.narrowing(text, 5.5)).isEqualTo(94);
    assertThat(LineBreaks.narrowing("≥100000000元", 5.5)).isEqualTo(87);
    // 14 pt text in the same column (4.125 em): 5.249 em at 77 %
    assertThat(LineBreaks.narrowing("≥1000000台", 4.125)).isEqualTo(77);
    // no narrower than 75 %: 「＞1234567件」 is 5.9 em and would need 69 %
    assertThat(LineBreaks.narrowing("＞1234567件", 4.125)).isEqualTo(100);
  }
}
