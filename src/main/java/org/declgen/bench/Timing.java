package org.declgen.bench;

import java.util.Arrays;
import java.util.List;

/** Wall clocks for the benchmark: warm up, then the median of several timed rounds. */
final class Timing {
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long ROUND_NANOS = 400_000_000L;
  private static final int ROUNDS = 7;

  /** Something to time that may throw. */
  interface Work {
    void run() throws Exception;
  }

  private Timing() {}

  /**
   * Steady-state milliseconds per call of each work (warmed up, median of seven rounds), their
   * rounds taken in turn so that a machine busy for a moment slows them alike and the ratios stay
   * honest.
   */
  static double[] msPerCall(List<Work> works) throws Exception {
    for (Work w : works) {
      repeatFor(w, WARM_UP_NANOS);
    }
    double[][] rounds = new double[works.size()][ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < works.size(); i++) {
        long start = System.nanoTime();
        int calls = repeatFor(works.get(i), ROUND_NANOS);
        rounds[i][r] = (System.nanoTime() - start) / 1e6 / calls;
      }
    }
    double[] medians = new double[works.size()];
    for (int i = 0; i < works.size(); i++) {
      medians[i] = median(rounds[i]);
    }
    return medians;
  }

  /** Runs {@code work} again and again for {@code nanos}; returns how many times. */
  static int repeatFor(Work work, long nanos) throws Exception {
    long end = System.nanoTime() + nanos;
    int calls = 0;
    do {
      work.run();
      calls++;
    } while (System.nanoTime() < end);
    return calls;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
