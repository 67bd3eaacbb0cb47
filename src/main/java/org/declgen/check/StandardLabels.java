package org.declgen.check;

import java.util.Collection;
import java.util.Optional;
import org.declgen.diag.Suggestions;

/** Matching the labels a form uses against the standard ones, tolerating drift. */
final class StandardLabels {
  private StandardLabels() {}

  /** The standard label a written one stands for: itself, or the one it drifted from. */
  static Optional<String> resolve(String written, Collection<String> standard) {
    if (standard.contains(written)) {
      return Optional.of(written);
    }
    return drifted(written, standard);
  }

  /** The standard label a non-standard one most likely means (服务对象 → 服务对象满意度指标). */
  static Optional<String> drifted(String written, Collection<String> standard) {
    String core = written.replaceAll("(指标|类)$", "");
    for (String s : standard) {
      String sCore = s.replaceAll("指标$", "");
      if (!core.isEmpty() && (sCore.contains(core) || core.contains(sCore))) {
        return Optional.of(s);
      }
    }
    if (core.equals("环境效益")) {
      return standard.stream().filter(s -> s.startsWith("生态效益")).findFirst();
    }
    return Suggestions.closest(written, standard);
  }
}
