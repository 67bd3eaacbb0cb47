package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * The marker lines git leaves in a file when a merge changed the same lines on both sides ({@code
 * <<<<<<< HEAD}, {@code =======}, {@code >>>>>>> branch}): YAML would take the first for text
 * missing its colon. One error per conflict, at its first marker, naming every marker's line.
 */
final class ConflictMarkers {
  private static final Pattern START = Pattern.compile("<{7}(?: .*)?");
  private static final Pattern BASE = Pattern.compile("\\|{7}(?: .*)?");
  private static final Pattern MIDDLE = Pattern.compile("={7}");
  private static final Pattern END = Pattern.compile(">{7}(?: .*)?");

  private ConflictMarkers() {}

  static List<Diagnostic> find(String file, String text, Messages messages) {
    List<Diagnostic> found = new ArrayList<>();
    List<Integer> conflict = new ArrayList<>();
    boolean withBase = false;
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (START.matcher(l).matches() && !conflict.isEmpty()) {
        found.add(error(file, conflict, withBase, messages));
        conflict = new ArrayList<>();
        withBase = false;
      }
      if (START.matcher(l).matches() || MIDDLE.matcher(l).matches() || END.matcher(l).matches()) {
        conflict.add(i + 1);
      } else if (BASE.matcher(l).matches()) {
        conflict.add(i + 1);
        withBase = true;
      }
      if (END.matcher(l).matches()) {
        found.add(error(file, conflict, withBase, messages));
        conflict = new ArrayList<>();
        withBase = false;
      }
    }
    if (!conflict.isEmpty()) {
      found.add(error(file, conflict, withBase, messages));
    }
    return found;
  }

  private static Diagnostic error(
      String file, List<Integer> lines, boolean withBase, Messages messages) {
    String hint =
        withBase && lines.size() == 4
            ? "yaml.conflict.hint.base"
            : lines.size() == 3 ? "yaml.conflict.hint" : "yaml.conflict.hint.partial";
    return Diagnostic.error(
        new SourcePosition(file, lines.get(0), 1),
        "yaml.conflict",
        messages.get("yaml.conflict", messages.list(lines.stream().map(String::valueOf).toList())),
        messages.get(hint));
  }
}
