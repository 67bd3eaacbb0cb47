package org.declgen.server;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The server's side of one answer: stdout and stderr as frames on one connection, then the end. */
final class Frames {
  private final DataOutputStream out;

  Frames(DataOutputStream out) {
    this.out = out;
  }

  /** A stream whose every write becomes one frame of {@code kind}. */
  OutputStream stream(byte kind) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
          frame(kind, b, off, len);
        }
      }
    };
  }

  private void frame(byte kind, byte[] b, int off, int len) throws IOException {
    synchronized (out) {
      out.writeByte(kind);
      out.writeInt(len);
      out.write(b, off, len);
      out.flush();
    }
  }

  void exit(int code) throws IOException {
    synchronized (out) {
      out.writeByte(Wire.EXIT);
      out.writeInt(code);
      out.flush();
    }
  }
}
