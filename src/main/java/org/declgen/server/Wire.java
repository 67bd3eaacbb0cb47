package org.declgen.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What client and server say to each other. The client sends one {@link Request}; the server
 * answers at once that it has started it (or refuses it), then with frames: bytes for stdout, bytes
 * for stderr, then the exit code.
 */
final class Wire {
  static final int MAGIC = 0x64676c01;

  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  static final byte REFUSED = 4;
  static final byte STARTED = 5;

  /** Longer texts are not a command line a person typed: the request is refused as damaged. */
  private static final int MAX_TEXT = 1 << 20;

  private static final int MAX_ITEMS = 1 << 16;

  private Wire() {}

  static void write(DataOutputStream out, Request r) throws IOException {
    out.writeInt(MAGIC);
    text(out, r.build());
    text(out, r.workingDir().toString());
    out.writeBoolean(r.interactive());
    out.writeInt(r.env().size());
    for (Map.Entry<String, String> e : r.env().entrySet()) {
      text(out, e.getKey());
      text(out, e.getValue());
    }
    out.writeInt(r.args().size());
    for (String a : r.args()) {
      text(out, a);
    }
    out.flush();
  }

  static Request read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a declgen request");
    }
    String build = text(in);
    Path workingDir = Path.of(text(in));
    boolean interactive = in.readBoolean();
    int envSize = count(in);
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < envSize; i++) {
      env.put(text(in), text(in));
    }
    int argCount = count(in);
    List<String> args = new ArrayList<>(argCount);
    for (int i = 0; i < argCount; i++) {
      args.add(text(in));
    }
    return new Request(build, workingDir, interactive, env, args);
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_TEXT) {
      throw new IOException("text of " + length + " bytes");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ITEMS) {
      throw new IOException(n + " items");
    }
    return n;
  }

  /** Reads one frame's kind, or -1 at the end of the stream. */
  static int kind(DataInputStream in) throws IOException {
    return in.read();
  }

  static byte[] chunk(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_TEXT) {
      throw new EOFException("chunk of " + length + " bytes");
    }
    return in.readNBytes(length);
  }
}
