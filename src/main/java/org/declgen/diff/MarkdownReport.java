package org.declgen.diff;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.declgen.diag.Messages;
import org.declgen.diff.Change.Kind;
import org.declgen.diff.Change.SentenceEdit;
import org.declgen.form.DepartmentForm;
import org.declgen.form.FormDescription;
import org.declgen.form.ListField;

/**
 * The change report a reviewer reads: one heading per file, one section per part of the form that
 * changed, one line per change, in the form's terms and the user's language.
 */
public final class MarkdownReport {
  private final Messages messages;

  /** The sections that are lists of named records (年度重点工作任务), whose names are quoted. */
  private final Set<String> lists;

  public MarkdownReport(Messages messages) {
    this(messages, DepartmentForm.FORM);
  }

  public MarkdownReport(Messages messages, FormDescription<?> form) {
    this.messages = messages;
    this.lists =
        form.fields().stream()
            .filter(ListField.class::isInstance)
            .map(f -> f.label())
            .collect(Collectors.toSet());
  }

  public String write(List<FileDiff> files) {
    StringBuilder out = new StringBuilder();
    for (FileDiff f : files) {
      if (out.length() > 0) {
        out.append('\n');
      }
      file(out, f);
    }
    return out.toString();
  }

  private void file(StringBuilder out, FileDiff f) {
    out.append("# ")
        .append(messages.get("diff.title", f.isDeleted() ? f.before() : f.after()))
        .append("\n\n");
    if (f.isAdded()) {
      out.append(messages.get("diff.file-added")).append('\n');
      return;
    }
    if (f.isDeleted()) {
      out.append(messages.get("diff.file-deleted")).append('\n');
      return;
    }
    out.append("- ").append(messages.get("diff.before", f.before())).append('\n');
    out.append("- ").append(messages.get("diff.after", f.after())).append('\n');
    if (f.isRenamed()) {
      out.append("- ")
          .append(messages.get("diff.file-renamed", f.renamedFrom(), f.after()))
          .append('\n');
    }
    out.append('\n');
    if (f.changes().isEmpty()) {
      out.append(messages.get("diff.equal")).append('\n');
      return;
    }
    String section = null;
    for (Change c : f.changes()) {
      if (!c.section().equals(section)) {
        section = c.section();
        if (out.charAt(out.length() - 2) != '\n') {
          out.append('\n');
        }
        out.append("## ").append(section).append("\n\n");
      }
      line(out, c);
    }
  }

  private void line(StringBuilder out, Change c) {
    String what = what(c);
    String text =
        switch (c.kind()) {
          case CHANGED ->
              messages.get(
                      what.isEmpty() ? "diff.changed.bare" : "diff.changed",
                      what,
                      shown(c.before()),
                      shown(c.after()))
                  + (c.delta().isEmpty() ? "" : " (" + c.delta() + ")")
                  + (c.derived() ? messages.get("diff.derived") : "");
          case TEXT -> messages.get(what.isEmpty() ? "diff.text.bare" : "diff.text", what);
          case ADDED -> messages.get(key(c, "diff.added", c.after()), what, shown(c.after()));
          case REMOVED -> messages.get(key(c, "diff.removed", c.before()), what, shown(c.before()));
          case RENAMED -> messages.get("diff.renamed", named(c.before()), named(c.after()));
          case MOVED ->
              messages.get(
                  isPosition(c.before()) ? "diff.moved.position" : "diff.moved",
                  what,
                  c.before(),
                  c.after());
        };
    out.append("- ").append(text).append('\n');
    if (c.kind() == Kind.TEXT) {
      if (c.sentences().isEmpty()) {
        out.append("  - ").append(messages.get("diff.text.layout")).append('\n');
      }
      sentences(out, c.sentences());
    }
  }

  private void sentences(StringBuilder out, List<SentenceEdit> edits) {
    for (int i = 0; i < edits.size(); i++) {
      SentenceEdit e = edits.get(i);
      Optional<RevisedSentence> revised =
          !e.added() && i + 1 < edits.size() && edits.get(i + 1).added()
              ? RevisedSentence.of(e.sentence(), edits.get(i + 1).sentence())
              : Optional.empty();
      if (revised.isPresent()) {
        RevisedSentence r = revised.get();
        out.append("  - ").append(messages.get("diff.text.revised", r.opening())).append('\n');
        out.append("    - ").append(messages.get("diff.text.revised.before", r.before()));
        out.append("\n    - ").append(messages.get("diff.text.revised.after", r.after()));
        out.append('\n');
        i++;
        continue;
      }
      out.append("  - ")
          .append(messages.get(e.added() ? "diff.text.added" : "diff.text.removed", e.sentence()))
          .append('\n');
    }
  }

  /** The changed thing below its section: {@code 部门预算支出 › 项目支出}, {@code 「任务2」 › 拟投入的资金}. */
  private String what(Change c) {
    if (c.kind() == Kind.MOVED && !isPosition(c.before())) {
      return named(c.path().get(c.path().size() - 1));
    }
    List<String> rest = c.path().subList(1, c.path().size());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rest.size(); i++) {
      if (i > 0) {
        s.append(IndicatorDiff.SEPARATOR);
      }
      boolean taskName =
          lists.contains(c.section()) && i == 0 && (rest.size() > 1 || c.kind() != Kind.CHANGED);
      String label = named(rest.get(i));
      s.append(taskName ? "「" + label + "」" : label);
    }
    return s.toString();
  }

  /** {@code diff.task.added}, {@code diff.added} or {@code diff.added.bare} (a 二级 group). */
  private String key(Change c, String base, String value) {
    if (lists.contains(c.section())) {
      return base.replace("diff.", "diff.task.");
    }
    return c.path().size() <= 3 && value.isEmpty() ? base + ".bare" : base;
  }

  /** A task's or indicator's name; one left blank reads as such. */
  private String named(String name) {
    return name.isEmpty() ? messages.get("diff.unnamed") : name;
  }

  private String shown(String value) {
    return value.isEmpty() ? messages.get("diff.blank") : value;
  }

  private static boolean isPosition(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
