package org.declgen.diff;

import java.util.List;
import java.util.Locale;

/**
 * The change report for scripts: {@code {"equal": …, "files": [{"before", "after", "changes":
 * [{"kind", "path", "before", "after", "delta", "derived", "sentences"}]}]}}. Values are as the
 * form prints them; keys are stable English names.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String write(List<FileDiff> files) {
    StringBuilder out = new StringBuilder();
    boolean equal = files.stream().allMatch(FileDiff::isEqual);
    out.append("{\n  \"equal\": ").append(equal).append(",\n  \"files\": [");
    for (int i = 0; i < files.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      file(out, files.get(i));
    }
    out.append(files.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  private static void file(StringBuilder out, FileDiff f) {
    out.append("    {\"before\": ")
        .append(string(f.before()))
        .append(", \"after\": ")
        .append(string(f.after()))
        .append(", \"changes\": [");
    for (int i = 0; i < f.changes().size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      change(out, f.changes().get(i));
    }
    out.append(f.changes().isEmpty() ? "]}" : "\n    ]}");
  }

  private static void change(StringBuilder out, Change c) {
    out.append("      {\"kind\": ")
        .append(string(c.kind().name().toLowerCase(Locale.ROOT)))
        .append(", \"path\": [");
    for (int i = 0; i < c.path().size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(c.path().get(i)));
    }
    out.append("], \"before\": ")
        .append(string(c.before()))
        .append(", \"after\": ")
        .append(string(c.after()))
        .append(", \"delta\": ")
        .append(string(c.delta()))
        .append(", \"derived\": ")
        .append(c.derived());
    if (c.kind() == Change.Kind.TEXT) {
      out.append(", \"sentences\": [");
      for (int i = 0; i < c.sentences().size(); i++) {
        Change.SentenceEdit e = c.sentences().get(i);
        out.append(i == 0 ? "" : ", ")
            .append("{\"added\": ")
            .append(e.added())
            .append(", \"sentence\": ")
            .append(string(e.sentence()))
            .append('}');
      }
      out.append(']');
    }
    out.append('}');
  }

  static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
