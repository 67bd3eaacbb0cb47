package org.declgen.bench;

import java.util.Arrays;

/** Wall clocks for the benchmark: warm up, then the median of several timed rounds. */
final class Timing {
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long ROUND_NANOS = 400_000_000L;
  private static final int ROUNDS = 5;

  /** Something to time that may throw. */
  interface Work {
    void run() throws Exception;
  }

  private Timing() {}

  /** Steady-state milliseconds per call: warmed up, median of five rounds. */
  static double msPerCall(Work work) throws Exception {
    repeatFor(work, WARM_UP_NANOS);
    double[] rounds = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long start = System.nanoTime();
      int calls = repeatFor(work, ROUND_NANOS);
      rounds[r] = (System.nanoTime() - start) / 1e6 / calls;
    }
    return median(rounds);
  }

  private static int repeatFor(Work work, long nanos) throws Exception {
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
