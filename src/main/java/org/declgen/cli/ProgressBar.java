package org.declgen.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal, redrawn in place at most ten times a second. Anything else
 * printed while it shows goes through {@link #above} so the bar is not torn.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private int done;
  private int failed;
  private long lastDrawn;
  private boolean shown;

  ProgressBar(PrintWriter err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = total;
  }

  /** Counts one finished item and redraws when enough time has passed. */
  void step(boolean ok) {
    done++;
    failed += ok ? 0 : 1;
    long now = System.nanoTime();
    if (done == total || now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw();
    }
  }

  /** Prints {@code print}'s output above the bar. */
  void above(Runnable print) {
    clear();
    print.run();
    if (done > 0) {
      draw();
    }
  }

  /** Removes the bar, leaving the line empty for what follows. */
  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + label.length() + 32) + "\r");
      err.flush();
      shown = false;
    }
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    err.print(
        "\r" + label + " [" + bar + "] " + done + "/" + total + (failed > 0 ? " ✗" + failed : ""));
    err.flush();
    shown = true;
  }
}
