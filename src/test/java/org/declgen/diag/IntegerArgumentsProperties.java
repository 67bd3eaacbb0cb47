package org.declgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link Messages} writes integer arguments itself, so that a count in a message does not load the
 * JDK's locale data; it writes them as {@link MessageFormat} does.
 */
class IntegerArgumentsProperties {
  private static final String PATTERN = "{0} 份，{1} 个错误：{2}";

  private static String asMessageFormatWrites(Object... args) {
    return new MessageFormat(PATTERN, Locale.ROOT).format(args);
  }

  private static String asMessagesWrites(Object... args) {
    return new MessageFormat(PATTERN, Locale.ROOT).format(Messages.integersWritten(args));
  }

  @Property(tries = 3000)
  void longsAndIntsAreWrittenAsMessageFormatWritesThem(
      @ForAll long a, @ForAll int b, @ForAll short c) {
    assertThat(asMessagesWrites(a, b, c)).isEqualTo(asMessageFormatWrites(a, b, c));
  }

  @Example
  void theEdgesOfEachWidth() {
    for (long n :
        new long[] {
          0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE
        }) {
      Object[] args = {n, (int) n, (byte) n};
      assertThat(asMessagesWrites(args)).as("%d", n).isEqualTo(asMessageFormatWrites(args));
    }
    assertThat(asMessagesWrites(1234567L, 12, "x")).isEqualTo("1,234,567 份，12 个错误：x");
  }

  @Example
  void otherNumbersAreLeftToMessageFormat() {
    Object[] args = {new BigDecimal("1234.56789"), 2.5, 'x'};
    assertThat(Messages.integersWritten(args)).isSameAs(args);
    assertThat(asMessagesWrites(args)).isEqualTo("1,234.568 份，2.5 个错误：x");
  }
}
