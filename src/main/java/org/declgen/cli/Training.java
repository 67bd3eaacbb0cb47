package org.declgen.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.declgen.internal.Disk;

/**
 * The launchers' training run for the class-data archive: several command lines in one process,
 * separated by {@value #THEN}, so that the archive holds the classes of each (a render, a check, a
 * textconv of YAML and of a Word form), not only of the one command a process runs. Output is
 * discarded; the exit code is 0 whatever the commands return.
 */
public final class Training {
  static final String THEN = "--then";

  private Training() {}

  public static void main(String[] args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (String[] line : lines(args)) {
      Main.run(line, none, none, System.getenv(), Path.of("").toAbsolutePath(), false, Disk.REAL);
    }
  }

  static List<String[]> lines(String[] args) {
    List<String[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals(THEN)) {
        if (i > start) {
          lines.add(Arrays.copyOfRange(args, start, i));
        }
        start = i + 1;
      }
    }
    return lines;
  }
}
