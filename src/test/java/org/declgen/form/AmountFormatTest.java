package org.declgen.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.declgen.model.Amount;
import org.junit.jupiter.api.Test;

/** Issue 10 item 3: amounts print as official forms print them. */
class AmountFormatTest {
  @Test
  void printsTwoDecimalsRoundedHalfUpWithThousandsSeparators() {
    assertThat(AmountFormat.format(Amount.of("1999.675843"))).isEqualTo("1,999.68");
    assertThat(AmountFormat.format(Amount.of("0.005"))).isEqualTo("0.01");
    assertThat(AmountFormat.format(Amount.of("2.345"))).isEqualTo("2.35");
    assertThat(AmountFormat.format(Amount.of("-0.005"))).isEqualTo("-0.01");
    assertThat(AmountFormat.format(Amount.of("-0.004"))).isEqualTo("0.00");
    assertThat(AmountFormat.format(Amount.of("1000000"))).isEqualTo("1,000,000.00");
    assertThat(AmountFormat.format(Amount.of("999.995"))).isEqualTo("1,000.00");
    assertThat(AmountFormat.format(Amount.BLANK)).isEmpty();
  }

  @Test
  void exactKeepsEveryDecimalTheFilerWrote() {
    assertThat(AmountFormat.exact(Amount.of("1999.675843"))).isEqualTo("1,999.675843");
    assertThat(AmountFormat.exact(Amount.of("5"))).isEqualTo("5.00");
    assertThat(AmountFormat.exact(Amount.of("1234.500"))).isEqualTo("1,234.50");
  }

  @Test
  void roundedOnlyWhenDecimalsBeyondTheSecondCount() {
    assertThat(AmountFormat.isRounded(Amount.of("1999.675843"))).isTrue();
    assertThat(AmountFormat.isRounded(Amount.of("1999.680000"))).isFalse();
    assertThat(AmountFormat.isRounded(Amount.of("1999.6"))).isFalse();
    assertThat(AmountFormat.isRounded(Amount.BLANK)).isFalse();
  }
}
