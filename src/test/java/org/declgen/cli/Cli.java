package org.declgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.internal.Disk;

/** Runs declgen in-process and keeps what it printed. */
record Cli(int code, String out, String err) {
  static Cli run(Path workingDir, String... args) {
    return run(workingDir, Map.of(), args);
  }

  static Cli run(Path workingDir, Map<String, String> env, String... args) {
    return run(workingDir, Disk.REAL, env, args);
  }

  /** With files read and written through {@code disk} (a failing one, say). */
  static Cli run(Path workingDir, Disk disk, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out), new PrintWriter(err), env, workingDir, false, disk);
    return new Cli(code, out.toString(), err.toString());
  }
}
