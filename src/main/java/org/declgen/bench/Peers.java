package org.declgen.bench;

import java.util.List;
import java.util.Locale;

/**
 * Other template engines' figures, as reference lines. They were measured side by side with the
 * same floor on an idle 2-core machine (docs/performance.md says how to run them again); the bench
 * cannot start Node or their Java programs itself. Each figure is kept as a ratio to the floor of
 * its own run and printed beside this run's floor times that ratio, so the lines can be read
 * against declgen's even on a slower or busier machine.
 */
final class Peers {
  /** One peer: one-shot render and 200-form batch seconds, beside the floor's of the same run. */
  record Peer(String name, double oneShot, double batch) {}

  static final double FLOOR_ONE_SHOT = 0.051;
  static final double FLOOR_BATCH = 0.30;

  static final List<Peer> PEERS =
      List.of(
          new Peer("docxtemplater 3.71, Node 20", 0.149, 1.47),
          new Peer("XDocReport 2.1", 0.357, 1.93),
          new Peer("poi-tl 1.12", 0.638, 3.46));

  private Peers() {}

  /** The reference table, scaled to this run's floor figures (NaN: the floor was not measured). */
  static String table(double oneShotFloor, double batchFloor) {
    StringBuilder sb = new StringBuilder();
    sb.append("参照（其他模板引擎，与地板之比，按本次的地板折算）/ reference lines (peers, as ratios to")
        .append(" the floor of their run, scaled to this run's floor):\n\n");
    sb.append("| peer | one-shot render (s) | ratio | 200 forms (s) | ratio |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    for (Peer p : PEERS) {
      double one = p.oneShot() / FLOOR_ONE_SHOT;
      double batch = p.batch() / FLOOR_BATCH;
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f× | %s | %.2f× |%n",
              p.name(),
              scaled(one, oneShotFloor),
              one,
              scaled(batch, batchFloor),
              batch));
    }
    return sb.toString();
  }

  private static String scaled(double ratio, double floor) {
    return Double.isNaN(floor) ? "—" : String.format(Locale.ROOT, "%.2f", ratio * floor);
  }
}
