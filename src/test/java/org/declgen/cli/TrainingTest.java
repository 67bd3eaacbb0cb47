package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void commandLinesAreSplitAtThen() {
    List<String[]> lines =
        Training.lines(
            new String[] {"render", "a.yaml", "--then", "check", "a.yaml", "--then", "--then"});
    assertThat(lines)
        .containsExactly(new String[] {"render", "a.yaml"}, new String[] {"check", "a.yaml"});
  }

  @Test
  void noArgumentsAreNoCommandLines() {
    assertThat(Training.lines(new String[0])).isEmpty();
  }
}
