package org.declgen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code render --check}: which outputs on disk are missing or differ byte for byte from what
 * rendering gives now. Relies on rendering being byte-stable; reads, never writes.
 */
public final class StaleOutputs {
  /** An output file that is not what rendering gives now. */
  public record Stale(Path file, boolean missing) {}

  private StaleOutputs() {}

  /** The targets whose file on disk is missing or holds other bytes than given. */
  public static List<Stale> find(Map<Path, byte[]> outputs) throws IOException {
    List<Stale> stale = new ArrayList<>();
    for (Map.Entry<Path, byte[]> e : outputs.entrySet()) {
      Path target = e.getKey();
      if (!Files.isRegularFile(target)) {
        stale.add(new Stale(target, true));
      } else if (Files.size(target) != e.getValue().length
          || !Arrays.equals(Files.readAllBytes(target), e.getValue())) {
        stale.add(new Stale(target, false));
      }
    }
    return stale;
  }
}
