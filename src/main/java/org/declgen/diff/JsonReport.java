package org.declgen.diff;

import java.util.List;
import java.util.Locale;
import org.declgen.internal.JsonText;

/**
 * The change report for scripts: {@code {"equal": …, "files": [{"before", "after", "renamedFrom"
 * (only for a file git found renamed), "changes": [{"kind", "path", "before", "after", "delta",
 * "derived", "sentences"}]}]}}. Values are as the form prints them; keys are stable English names.
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
        .append(JsonText.quote(f.before()))
        .append(", \"after\": ")
        .append(JsonText.quote(f.after()));
    if (f.isRenamed()) {
      out.append(", \"renamedFrom\": ").append(JsonText.quote(f.renamedFrom()));
    }
    out.append(", \"changes\": [");
    for (int i = 0; i < f.changes().size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      change(out, f.changes().get(i));
    }
    out.append(f.changes().isEmpty() ? "]}" : "\n    ]}");
  }

  private static void change(StringBuilder out, Change c) {
    out.append("      {\"kind\": ")
        .append(JsonText.quote(c.kind().name().toLowerCase(Locale.ROOT)))
        .append(", \"path\": [");
    for (int i = 0; i < c.path().size(); i++) {
      out.append(i == 0 ? "" : ", ").append(JsonText.quote(c.path().get(i)));
    }
    out.append("], \"before\": ")
        .append(JsonText.quote(c.before()))
        .append(", \"after\": ")
        .append(JsonText.quote(c.after()))
        .append(", \"delta\": ")
        .append(JsonText.quote(c.delta()))
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
            .append(JsonText.quote(e.sentence()))
            .append('}');
      }
      out.append(']');
    }
    out.append('}');
  }
}
