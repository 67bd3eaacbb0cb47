package org.declgen.internal;

import java.io.Writer;

/**
 * A {@link java.io.StringWriter} without its lock: one render writes from one thread. A subclass
 * may look at and rework {@link #out}, what was written so far.
 */
public class StringBuilderWriter extends Writer {
  protected final StringBuilder out;

  public StringBuilderWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    out.append(chars, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) {
    out.append(text, offset, offset + length);
  }

  @Override
  public void write(String text) {
    out.append(text);
  }

  @Override
  public void write(int c) {
    out.append((char) c);
  }

  @Override
  public Writer append(CharSequence text) {
    out.append(text);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
