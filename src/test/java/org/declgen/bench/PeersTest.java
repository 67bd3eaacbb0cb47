package org.declgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeersTest {
  @Test
  void peersAreScaledToThisRunsFloor() {
    String table = Peers.table(0.102, 0.60);
    // docxtemplater took 0.149 s against a 0.051 s floor: 2.92×, so 0.30 s against 0.102 s.
    assertThat(table).contains("| docxtemplater 3.71, Node 20 | 0.30 | 2.92× | 2.94 | 4.90× |");
  }

  @Test
  void withoutAFloorOnlyTheRatiosArePrinted() {
    assertThat(Peers.table(Double.NaN, Double.NaN)).contains("| poi-tl 1.12 | — | 12.51× | — |");
  }
}
