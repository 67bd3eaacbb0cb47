package org.declgen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.declgen.model.Amount;
import org.declgen.model.Budget;
import org.declgen.model.Declaration;
import org.declgen.model.Indicator;

/**
 * A declaration flattened to the strings the form prints, and a tab-separated file format for it
 * that the floor reads with nothing but the JDK (no YAML library, no model).
 *
 * @param budget the eight amounts in the form's order, as printed
 * @param tasks name, content, funds, outcome
 * @param rows 一级, 二级, 三级, 实施周期指标值, 年度指标值
 */
record FloorForm(
    String department,
    List<String> budget,
    String goal,
    List<String[]> tasks,
    List<String[]> rows) {

  /** The strings the form prints for this declaration. */
  static FloorForm of(Declaration d) {
    Budget b = d.budget();
    List<String> budget =
        Stream.of(
                b.basicExpenditure(),
                b.projectExpenditure(),
                b.fiscalAppropriation(),
                b.otherFunds(),
                b.specialFunds(),
                b.otherDevelopmentExpenditure(),
                b.ownLevelFunds(),
                b.transferFunds())
            .map(Amount::toString)
            .toList();
    List<String[]> tasks =
        d.tasks().stream()
            .map(
                t ->
                    new String[] {
                      t.name(), text(t.content()), t.funds().toString(), text(t.expectedOutcome())
                    })
            .toList();
    List<String[]> rows =
        d.indicatorRows().stream()
            .map(
                r ->
                    new String[] {
                      r.category().label(),
                      r.subcategory().label(),
                      r.indicator().map(Indicator::name).orElse(""),
                      r.indicator().map(i -> text(i.periodValue())).orElse(""),
                      r.indicator().map(i -> text(i.annualValue())).orElse("")
                    })
            .toList();
    return new FloorForm(text(d.department()), budget, text(d.overallGoal()), tasks, rows);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** Writes the form as lines: a tag, then tab-separated fields (newlines as {@code \n}). */
  void write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    line(sb, "D", department);
    line(sb, "B", budget.toArray(String[]::new));
    line(sb, "G", goal);
    tasks.forEach(t -> line(sb, "T", t));
    rows.forEach(r -> line(sb, "I", r));
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  static FloorForm read(Path file) throws IOException {
    String department = "";
    String goal = "";
    List<String> budget = List.of();
    List<String[]> tasks = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.substring(2).split("\t", -1);
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].replace("\\n", "\n");
        }
        switch (line.charAt(0)) {
          case 'D' -> department = f[0];
          case 'B' -> budget = List.of(f);
          case 'G' -> goal = f[0];
          case 'T' -> tasks.add(f);
          default -> rows.add(f);
        }
      }
    }
    return new FloorForm(department, budget, goal, tasks, rows);
  }

  private static void line(StringBuilder sb, String tag, String... fields) {
    sb.append(tag);
    for (String f : fields) {
      sb.append('\t').append(f == null ? "" : f.replace("\n", "\\n").replace("\t", " "));
    }
    sb.append('\n');
  }
}
