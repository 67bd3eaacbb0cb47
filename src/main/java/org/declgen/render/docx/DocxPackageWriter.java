package org.declgen.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a .docx package deterministically: fixed entry order and timestamps, so the same
 * declaration and template give the same bytes every time.
 */
final class DocxPackageWriter {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private DocxPackageWriter() {}

  static void write(
      OutputStream target, Map<String, byte[]> parts, String documentName, byte[] document)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(target);
    if (parts.containsKey(CONTENT_TYPES)) {
      entry(zip, CONTENT_TYPES, parts.get(CONTENT_TYPES));
    }
    entry(zip, documentName, document);
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!part.getKey().equals(CONTENT_TYPES)) {
        entry(zip, part.getKey(), part.getValue());
      }
    }
    zip.finish();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }
}
