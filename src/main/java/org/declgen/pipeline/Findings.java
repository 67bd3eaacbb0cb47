package org.declgen.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.diag.Diagnostic;

/**
 * Diagnostics with the text of the files they point into, so they can be printed with the quoted
 * line: the declaration, its settings file, a template's review Markdown.
 */
public record Findings(List<Diagnostic> diagnostics, Map<String, Source> sources) {
  public static final Findings NONE = new Findings(List.of(), Map.of());

  public Findings {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  public static Findings of(List<Diagnostic> diagnostics, Source... sources) {
    Map<String, Source> byName = new LinkedHashMap<>();
    for (Source s : sources) {
      byName.put(s.name(), s);
    }
    return new Findings(diagnostics, byName);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The lines of a file a diagnostic names; empty when its text is not at hand. */
  public List<String> lines(String file) {
    Source source = sources.get(file);
    return source == null ? List.of() : source.lines();
  }

  /** These findings followed by {@code more}. */
  public Findings and(Findings more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more.diagnostics);
    Map<String, Source> texts = new LinkedHashMap<>(sources);
    texts.putAll(more.sources);
    return new Findings(all, texts);
  }
}
