package org.declgen.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declgen.internal.Disk;

/**
 * The real disk, except where a test says an operation on a file fails, with the exception the
 * system would give (or a bug's RuntimeException). A file is matched when its name contains the
 * given text, so {@code "p.md"} also matches the temporary file written for {@code p.md}.
 */
public final class FaultyDisk implements Disk {
  /** An operation that can be made to fail. */
  public enum Op {
    READ,
    /** Opening a new file for writing. */
    CREATE,
    /** Writing the bytes of a new file (after it was opened). */
    WRITE,
    /** Moving a file onto its name: the move's source or target matches. */
    MOVE
  }

  private record Rule(Op op, String name, Exception failure) {}

  private final List<Rule> rules = new ArrayList<>();

  /** From now on, {@code op} on a file whose name contains {@code name} throws {@code failure}. */
  public FaultyDisk fail(Op op, String name, IOException failure) {
    rules.add(new Rule(op, name, failure));
    return this;
  }

  /** From now on, {@code op} on such a file throws {@code bug}, as a bug in declgen would. */
  public FaultyDisk crash(Op op, String name, RuntimeException bug) {
    rules.add(new Rule(op, name, bug));
    return this;
  }

  private void check(Op op, Path... files) throws IOException {
    for (Rule r : rules) {
      for (Path f : files) {
        if (r.op() == op && f.getFileName().toString().contains(r.name())) {
          if (r.failure() instanceof IOException e) {
            throw e;
          }
          throw (RuntimeException) r.failure();
        }
      }
    }
  }

  @Override
  public byte[] read(Path file) throws IOException {
    check(Op.READ, file);
    return Disk.super.read(file);
  }

  @Override
  public OutputStream create(Path file) throws IOException {
    check(Op.CREATE, file);
    OutputStream real = Disk.super.create(file);
    return new FilterOutputStream(real) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        check(Op.WRITE, file);
        real.write(b, off, len);
      }

      @Override
      public void write(int b) throws IOException {
        check(Op.WRITE, file);
        real.write(b);
      }
    };
  }

  @Override
  public void move(Path from, Path to) throws IOException {
    check(Op.MOVE, from, to);
    Disk.super.move(from, to);
  }

  @Override
  public void moveNew(Path from, Path to) throws IOException {
    check(Op.MOVE, from, to);
    Disk.super.moveNew(from, to);
  }
}
