package org.declgen.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.declgen.diag.SourcePosition;

/**
 * Where each value of a declaration stands in its file, by key path: {@code 预算整体情况.收入来源.财政拨款},
 * {@code 年度重点工作任务[0].名称}, {@code 绩效指标.产出指标.数量指标[12].指标值}.
 */
public final class SourceMap {
  private final String file;
  private final Map<String, SourcePosition> positions;
  private final Map<String, SourcePosition> keyPositions;

  SourceMap(String file, Map<String, SourcePosition> positions) {
    this(file, positions, Map.of());
  }

  SourceMap(
      String file,
      Map<String, SourcePosition> positions,
      Map<String, SourcePosition> keyPositions) {
    this.file = file;
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    this.keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
  }

  /** The same map with every position passed through {@code place}. */
  SourceMap placed(UnaryOperator<SourcePosition> place) {
    Map<String, SourcePosition> values = new LinkedHashMap<>();
    positions.forEach((k, v) -> values.put(k, place.apply(v)));
    Map<String, SourcePosition> keys = new LinkedHashMap<>();
    keyPositions.forEach((k, v) -> keys.put(k, place.apply(v)));
    return new SourceMap(file, values, keys);
  }

  /**
   * Hands every key (by where its key stands) and every list item (by where it starts) to {@code
   * place}: the lines a comment may belong to.
   */
  void places(BiConsumer<String, SourcePosition> place) {
    keyPositions.forEach(place);
    positions.forEach(
        (path, at) -> {
          if (path.endsWith("]")) {
            place.accept(path, at);
          }
        });
  }

  public static SourceMap empty(String file) {
    return new SourceMap(file, Map.of());
  }

  public String file() {
    return file;
  }

  /** The position of a path, or of its nearest ancestor that has one, or of the file. */
  public SourcePosition positionOf(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourcePosition at = positions.get(p);
      if (at != null) {
        return at;
      }
      p = parent(p);
    }
    return SourcePosition.ofFile(file);
  }

  /** The position of the key that names a path (a label), or else {@link #positionOf}. */
  public SourcePosition keyPositionOf(String path) {
    SourcePosition at = keyPositions.get(path);
    return at != null ? at : positionOf(path);
  }

  public boolean contains(String path) {
    return positions.containsKey(path);
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
