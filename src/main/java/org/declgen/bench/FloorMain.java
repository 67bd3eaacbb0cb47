package org.declgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The floor as a process of its own: {@code FloorMain OUT_DIR FORM...} writes one .docx per
 * flattened form, on all cores. Started by the benchmark for the one-shot and batch figures.
 */
public final class FloorMain {
  private FloorMain() {}

  public static void main(String[] args) throws IOException {
    FloorDocx floor = FloorDocx.fromBuiltIn(Benchmark.TEMPLATE);
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Arrays.stream(args, 1, args.length)
        .parallel()
        .map(Path::of)
        .forEach(
            form -> {
              String name = form.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".docx";
              try {
                Files.write(out.resolve(name), floor.render(FloorForm.read(form)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
