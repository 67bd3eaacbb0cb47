package org.declgen.cli;

import java.util.List;
import java.util.Locale;
import org.declgen.diag.Diagnostic;
import org.declgen.internal.JsonText;

/** {@code check --format json}: one object with every finding, for CI and editors. */
final class DiagnosticsJson {
  private DiagnosticsJson() {}

  static String write(List<Diagnostic> all, int files, long errors, long warnings) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"files\":")
        .append(files)
        .append(",\"errors\":")
        .append(errors)
        .append(",\"warnings\":")
        .append(warnings)
        .append(",\"diagnostics\":[");
    for (int i = 0; i < all.size(); i++) {
      Diagnostic d = all.get(i);
      sb.append(i == 0 ? "\n" : ",\n")
          .append("  {\"file\":")
          .append(JsonText.quote(d.position().file()))
          .append(",\"line\":")
          .append(d.position().line())
          .append(",\"column\":")
          .append(d.position().column())
          .append(",\"severity\":")
          .append(JsonText.quote(d.severity().name().toLowerCase(Locale.ROOT)))
          .append(",\"code\":")
          .append(JsonText.quote(d.code()))
          .append(",\"message\":")
          .append(JsonText.quote(d.message()))
          .append(",\"hint\":")
          .append(JsonText.quote(d.hint()))
          .append('}');
    }
    return sb.append(all.isEmpty() ? "]}" : "\n]}").toString();
  }
}
