package org.declgen.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a zip package (docx, xlsx) into memory, refusing archives that would expand
 * beyond sane limits (zip bombs) or that are not zip files at all.
 */
public final class ZipArchive {
  public static final int MAX_ENTRIES = 2_000;
  public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
  public static final int MAX_RATIO = 200;

  /** Why an archive was refused. */
  public static final class RefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String reason) {
      super(reason);
    }
  }

  private ZipArchive() {}

  /** Entry names to contents, in the archive's order. */
  public static Map<String, byte[]> read(byte[] archive) throws IOException {
    if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K') {
      throw new RefusedException("not-zip");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entries.size() >= MAX_ENTRIES) {
          throw new RefusedException("too-many-entries");
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = readLimited(in, MAX_TOTAL_BYTES - total);
        total += content.length;
        if (total > (long) MAX_RATIO * archive.length + 1024 * 1024) {
          throw new RefusedException("expansion-ratio");
        }
        entries.put(entry.getName(), content);
      }
    } catch (IllegalArgumentException e) {
      throw new RefusedException("bad-entry-name");
    }
    if (entries.isEmpty()) {
      throw new RefusedException("not-zip");
    }
    return entries;
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long read = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      read += n;
      if (read > limit) {
        throw new RefusedException("too-large");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
