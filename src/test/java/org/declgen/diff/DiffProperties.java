package org.declgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.model.Task;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;

/**
 * Issue 14 finding 3 as a property: for any two declarations that load, blank and repeated names
 * and odd characters included, diff and its reports finish without an exception, and a declaration
 * compared with itself, or with itself written and read back, has no changes.
 */
class DiffProperties {
  @Property(tries = 400)
  void anyTwoDeclarationsCompare(
      @ForAll("hostile") Declaration a, @ForAll("hostile") Declaration b) {
    reported(DeclarationDiff.compare(a, b));
    reported(DeclarationDiff.compare(b, a));
  }

  @Property(tries = 300)
  void aDeclarationHasNoChangesFromItself(@ForAll("hostile") Declaration a)
      throws DiagnosticException {
    assertThat(DeclarationDiff.compare(a, a)).isEmpty();
    Declaration reread = Samples.parse("x.yaml", DeclarationWriter.write(a)).declaration();
    assertThat(DeclarationDiff.compare(a, reread)).isEmpty();
  }

  /** Tasks shuffled, dropped, repeated and unnamed: the matching's every path. */
  @Property(tries = 300)
  void aDeclarationComparesWithItsOwnEdits(@ForAll("hostile") Declaration a, @ForAll long seed) {
    Random random = new Random(seed);
    List<Task> tasks = new ArrayList<>(a.tasks());
    Collections.shuffle(tasks, random);
    if (!tasks.isEmpty() && random.nextBoolean()) {
      tasks.remove(random.nextInt(tasks.size()));
    }
    if (!tasks.isEmpty() && random.nextBoolean()) {
      int i = random.nextInt(tasks.size());
      tasks.set(i, tasks.get(i).withName(random.nextBoolean() ? null : "同名"));
      tasks.add(tasks.get(random.nextInt(tasks.size())));
    }
    Declaration b = a.withTasks(tasks);
    reported(DeclarationDiff.compare(a, b));
    assertThat(DeclarationDiff.compare(b, b)).isEmpty();
  }

  private static void reported(List<Change> changes) {
    List<FileDiff> files = List.of(new FileDiff("a.yaml", "b.yaml", changes));
    assertThat(new MarkdownReport(Messages.chinese()).write(files)).isNotEmpty();
    assertThat(new MarkdownReport(Messages.english()).write(files)).isNotEmpty();
    assertThat(JsonReport.write(files)).isNotEmpty();
  }

  @Provide
  Arbitrary<Declaration> hostile() {
    return DeclarationArbitraries.hostileDeclarations();
  }
}
