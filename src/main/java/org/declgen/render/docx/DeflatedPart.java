package org.declgen.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One zip entry's content, compressed as {@link java.util.zip.ZipOutputStream} at {@link
 * Deflater#BEST_SPEED} compresses it, with what its headers say about it.
 *
 * @param name the entry's name in UTF-8
 * @param crc the CRC-32 of the content
 * @param size the content's length
 * @param deflated the content as a raw deflate stream
 */
record DeflatedPart(byte[] name, int crc, int size, byte[] deflated) {
  private static final int CHUNK = 8 * 1024;

  /** Compresses {@code content} with {@code deflater}, which is left reset for the next part. */
  static DeflatedPart of(String name, byte[] content, Deflater deflater) {
    CRC32 crc = new CRC32();
    crc.update(content);
    byte[] out = new byte[Math.max(CHUNK, content.length / 2)];
    int length = 0;
    // As DeflaterOutputStream does: all the input without flushing, then finish.
    deflater.setInput(content);
    while (!deflater.needsInput()) {
      out = room(out, length);
      length += deflater.deflate(out, length, out.length - length);
    }
    deflater.finish();
    while (!deflater.finished()) {
      out = room(out, length);
      length += deflater.deflate(out, length, out.length - length);
    }
    deflater.reset();
    return new DeflatedPart(
        name.getBytes(StandardCharsets.UTF_8),
        (int) crc.getValue(),
        content.length,
        Arrays.copyOf(out, length));
  }

  private static byte[] room(byte[] out, int length) {
    return length < out.length ? out : Arrays.copyOf(out, out.length * 2);
  }
}
