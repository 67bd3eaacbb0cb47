package org.declgen.render.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Packs a filled main document and the template's parts, compressed once ({@link
 * DeflatedSkeleton}), into a zip: entries in the skeleton's order with a fixed timestamp, so the
 * same declaration and template give the same bytes every time. The bytes are those {@link
 * java.util.zip.ZipOutputStream} writes at {@link Deflater#BEST_SPEED} (each entry deflated, sizes
 * in a data descriptor after it, names flagged UTF-8), which it cannot do from parts compressed
 * beforehand.
 */
final class DocxPackageWriter {
  /** 2000-01-01 00:00 as an MS-DOS date and time. */
  private static final int FIXED_TIME = ((2000 - 1980) << 25) | (1 << 21) | (1 << 16);

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL = 0x06054b50;
  private static final short VERSION = 20;
  private static final short FLAGS = 0x0808; // sizes after the data; names in UTF-8
  private static final short DEFLATED = 8;

  private DocxPackageWriter() {}

  /**
   * Deflate is half of a render; its fastest level costs a Word file a few KB and saves more time
   * than deciding the pages takes (docs/printing.md §7).
   */
  static Deflater deflater() {
    return new Deflater(Deflater.BEST_SPEED, true);
  }

  static byte[] write(DeflatedSkeleton skeleton, byte[] document) {
    Deflater deflater = deflater();
    List<DeflatedPart> parts = new ArrayList<>(skeleton.before);
    try {
      parts.add(DeflatedPart.of(skeleton.mainPart, document, deflater));
    } finally {
      deflater.end();
    }
    parts.addAll(skeleton.after);
    return zip(parts);
  }

  private static byte[] zip(List<DeflatedPart> parts) {
    int entries = 0;
    int central = 0;
    for (DeflatedPart p : parts) {
      entries += 30 + p.name().length + p.deflated().length + 16;
      central += 46 + p.name().length;
    }
    ByteBuffer out = ByteBuffer.allocate(entries + central + 22).order(ByteOrder.LITTLE_ENDIAN);
    int[] offsets = new int[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      offsets[i] = out.position();
      entry(out, parts.get(i));
    }
    for (int i = 0; i < parts.size(); i++) {
      centralHeader(out, parts.get(i), offsets[i]);
    }
    out.putInt(END_OF_CENTRAL).putShort((short) 0).putShort((short) 0);
    out.putShort((short) parts.size()).putShort((short) parts.size());
    out.putInt(central).putInt(entries).putShort((short) 0);
    return out.array();
  }

  private static void entry(ByteBuffer out, DeflatedPart p) {
    out.putInt(LOCAL_HEADER).putShort(VERSION).putShort(FLAGS).putShort(DEFLATED);
    out.putInt(FIXED_TIME).putInt(0).putInt(0).putInt(0);
    out.putShort((short) p.name().length).putShort((short) 0).put(p.name());
    out.put(p.deflated());
    out.putInt(DATA_DESCRIPTOR).putInt(p.crc()).putInt(p.deflated().length).putInt(p.size());
  }

  private static void centralHeader(ByteBuffer out, DeflatedPart p, int offset) {
    out.putInt(CENTRAL_HEADER).putShort(VERSION).putShort(VERSION);
    out.putShort(FLAGS).putShort(DEFLATED).putInt(FIXED_TIME);
    out.putInt(p.crc()).putInt(p.deflated().length).putInt(p.size());
    out.putShort((short) p.name().length).putShort((short) 0).putShort((short) 0);
    out.putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
    out.put(p.name());
  }
}
