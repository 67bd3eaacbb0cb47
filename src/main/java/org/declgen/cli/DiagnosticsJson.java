package org.declgen.cli;

import java.util.List;
import java.util.Locale;
import org.declgen.diag.Diagnostic;

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
          .append(string(d.position().file()))
          .append(",\"line\":")
          .append(d.position().line())
          .append(",\"column\":")
          .append(d.position().column())
          .append(",\"severity\":")
          .append(string(d.severity().name().toLowerCase(Locale.ROOT)))
          .append(",\"code\":")
          .append(string(d.code()))
          .append(",\"message\":")
          .append(string(d.message()))
          .append(",\"hint\":")
          .append(string(d.hint()))
          .append('}');
    }
    return sb.append(all.isEmpty() ? "]}" : "\n]}").toString();
  }

  static String string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
