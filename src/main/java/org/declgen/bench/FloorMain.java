package org.declgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The floor as a process of its own: {@code FloorMain [--yaml DIR] OUT_DIR FORM...} writes one
 * .docx per flattened form, on all cores. Started by the benchmark for the one-shot and batch
 * figures.
 *
 * <p>With {@code --yaml DIR}, each form's declaration ({@code DIR/NAME.yaml} beside {@code
 * NAME.tsv}) is first read into SnakeYAML's node tree, as {@link YamlFloor} reads one: the floor of
 * a batch that reads its declarations with the YAML library declgen uses, and does nothing else a
 * declaration needs (no model, no checks, no template).
 */
public final class FloorMain {
  private FloorMain() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = Arrays.asList(args);
    Path yaml = null;
    if (!rest.isEmpty() && rest.get(0).equals("--yaml")) {
      yaml = Path.of(rest.get(1));
      rest = rest.subList(2, rest.size());
    }
    run(yaml, Path.of(rest.get(0)), rest.subList(1, rest.size()));
  }

  private static void run(Path yaml, Path out, List<String> forms) throws IOException {
    FloorDocx floor = FloorDocx.fromBuiltIn(Benchmark.TEMPLATE);
    Files.createDirectories(out);
    forms.parallelStream()
        .map(Path::of)
        .forEach(
            form -> {
              String name = form.getFileName().toString().replaceFirst("\\.[^.]*$", "");
              try {
                if (yaml != null) {
                  YamlFloor.values(yaml.resolve(name + ".yaml"));
                }
                Files.write(out.resolve(name + ".docx"), floor.render(FloorForm.read(form)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
