package org.declgen.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.declgen.template.docx.PackageSkeleton;

/**
 * Streams a filled main document and the package skeleton prepared at compile time into a zip:
 * entries in the skeleton's order with a fixed timestamp, so the same declaration and template give
 * the same bytes every time.
 */
final class DocxPackageWriter {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private DocxPackageWriter() {}

  static void write(OutputStream target, PackageSkeleton skeleton, byte[] document)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(target);
    // Deflate is half of a render; its fastest level costs a Word file a few KB and saves more
    // time than deciding the pages takes (docs/printing.md §7).
    zip.setLevel(Deflater.BEST_SPEED);
    for (PackageSkeleton.Part part : skeleton.before()) {
      entry(zip, part.name(), part.bytes());
    }
    entry(zip, skeleton.mainPart(), document);
    for (PackageSkeleton.Part part : skeleton.after()) {
      entry(zip, part.name(), part.bytes());
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
