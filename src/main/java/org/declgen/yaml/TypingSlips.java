package org.declgen.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.FormDescription;

/**
 * Recognises what clerks type with a Chinese input method where YAML wants its own punctuation
 * (full-width {@code ：，（）}, a colon without a space, a comma or a sign that needs quotes, a
 * thousands comma inside {@code {…}}) and says so on the line and column where it happened, with
 * the line corrected. See {@link SlipKind} for which slips are accepted.
 */
final class TypingSlips {
  private final KnownLabels labels;
  private final Messages messages;

  TypingSlips(FormDescription<?> form, Messages messages) {
    this.labels = KnownLabels.of(form);
    this.messages = messages;
  }

  TypedText read(String file, String text) {
    if (hasOtherLineBreaks(text)) {
      return unchanged(text);
    }
    String[] raw = text.split("\n", -1);
    List<String> typed = new ArrayList<>();
    for (String line : raw) {
      typed.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    List<Slip> slips = new SlipScanner(labels).scan(typed);
    if (slips.isEmpty()) {
      return unchanged(text);
    }
    Map<Integer, List<Edit>> byLine = new LinkedHashMap<>();
    List<Edit> all = new ArrayList<>();
    for (Slip slip : slips) {
      for (Edit e : slip.edits) {
        byLine.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e);
        all.add(e);
      }
    }
    List<String> corrected = new ArrayList<>(typed);
    byLine.forEach(
        (line, edits) -> {
          edits.sort(ColumnShift.ORDER);
          corrected.set(line, ColumnShift.apply(typed.get(line), edits));
        });
    StringBuilder joined = new StringBuilder(text.length() + 16);
    for (int i = 0; i < raw.length; i++) {
      joined.append(corrected.get(i)).append(raw[i].endsWith("\r") ? "\r" : "");
      if (i < raw.length - 1) {
        joined.append('\n');
      }
    }
    List<Diagnostic> said = new ArrayList<>();
    for (Slip slip : slips) {
      said.add(diagnostic(file, slip, typed.get(slip.line), corrected.get(slip.line)));
    }
    return new TypedText(joined.toString(), said, new ColumnShift(all, typed, corrected));
  }

  private Diagnostic diagnostic(String file, Slip slip, String typedLine, String fixedLine) {
    SourcePosition at =
        new SourcePosition(file, slip.line + 1, typedLine.codePointCount(0, slip.index) + 1);
    String code = slip.kind.code();
    String message = messages.get(code, slip.args);
    boolean ownHint = slip.edits.isEmpty() || !slip.kind.hintShowsFixedLine();
    String hintKey =
        ownHint ? code + ".hint" : slip.kind.accepted() ? "yaml.slip.fix.fmt" : "yaml.slip.fix";
    String hint =
        ownHint ? messages.get(hintKey, slip.args) : messages.get(hintKey, fixedLine.strip());
    return slip.kind.accepted()
        ? Diagnostic.warning(at, code, message, hint)
        : Diagnostic.error(at, code, message, hint);
  }

  private TypedText unchanged(String text) {
    List<String> lines = List.of();
    return new TypedText(text, List.of(), new ColumnShift(List.of(), lines, lines));
  }

  /** Line breaks other than {@code \n} and {@code \r\n}, which YAML also honours: not scanned. */
  private static boolean hasOtherLineBreaks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
      if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        return true;
      }
    }
    return false;
  }
}
