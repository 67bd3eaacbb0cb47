package org.declgen.importer;

import static org.declgen.importer.ImportLimits.MAX_EXPANSION_RATIO;
import static org.declgen.importer.ImportLimits.MAX_UNZIPPED_BYTES;
import static org.declgen.importer.ImportLimits.MAX_ZIP_ENTRIES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a .docx or .xlsx package, read within {@link ImportLimits}: an archive that is not
 * a zip, is damaged, holds too many entries, expands like a zip bomb or holds two entries of one
 * name is refused; so is any XML entry that declares a DTD. Names are compared ignoring case, as
 * part names in a package are.
 */
final class PackageEntries {
  private final Map<String, byte[]> entries;

  private PackageEntries(Map<String, byte[]> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Reads and checks every entry; {@code format} is what the file's name says it is. */
  static PackageEntries read(byte[] archive, SourceFormat format) {
    if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K') {
      throw notWhatItSays(format, "import.kind.other");
    }
    Map<String, byte[]> entries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entries.size() >= MAX_ZIP_ENTRIES) {
          throw zipRefused("import.zip.too-many-entries");
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = readLimited(in, MAX_UNZIPPED_BYTES - total);
        total += content.length;
        if (total > (long) MAX_EXPANSION_RATIO * archive.length + 1024 * 1024) {
          throw zipRefused("import.zip.expansion-ratio");
        }
        if (entries.put(entry.getName(), content) != null) {
          throw new SourceRefused(
              "import.zip-refused",
              SourceRefused.Text.of("import.zip.duplicate-entry", entry.getName()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw zipRefused("import.zip.bad-entry-name");
    } catch (IOException e) {
      throw notWhatItSays(format, "import.kind.broken-zip");
    }
    if (entries.isEmpty()) {
      throw notWhatItSays(format, "import.kind.broken-zip");
    }
    entries.forEach(PackageEntries::refuseDoctype);
    return new PackageEntries(entries);
  }

  private static final List<byte[]> DOCTYPES =
      List.of(
          "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
          "<!ENTITY".getBytes(StandardCharsets.US_ASCII),
          "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
          "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE));

  /**
   * No XML entry may declare a DTD, which is how external entities get in, whether or not anything
   * parses it: a byte search, cheaper than a parse, over every XML entry.
   */
  private static void refuseDoctype(String name, byte[] content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".xml") && !lower.endsWith(".rels")) {
      return;
    }
    for (byte[] doctype : DOCTYPES) {
      if (indexOf(content, doctype) >= 0) {
        throw new SourceRefused("import.doctype", name);
      }
    }
  }

  private static int indexOf(byte[] content, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= content.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (content[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Checks every XML entry with {@link SafeXml#check}, for a package a library parses whole (POI
   * reads every part of a workbook); a Word package is parsed only where import reads it.
   */
  PackageEntries checkAllXml() {
    entries.forEach(
        (name, content) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
            SafeXml.check(name, content);
          }
        });
    return this;
  }

  Optional<byte[]> get(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /** True when some entry lies in this folder of the package (e.g. {@code word/}). */
  boolean hasFolder(String folder) {
    String prefix = folder.toLowerCase(Locale.ROOT);
    return entries.keySet().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix));
  }

  /** The uncompressed size of the entries whose names start with one of these prefixes. */
  long sizeUnder(String... prefixes) {
    long size = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      for (String prefix : prefixes) {
        if (lower.startsWith(prefix)) {
          size += e.getValue().length;
          break;
        }
      }
    }
    return size;
  }

  static SourceRefused notWhatItSays(SourceFormat format, String kindKey) {
    return new SourceRefused(
        "import.not-what-it-says", format.display, SourceRefused.Text.of(kindKey));
  }

  private static SourceRefused zipRefused(String reasonKey) {
    return new SourceRefused("import.zip-refused", SourceRefused.Text.of(reasonKey));
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long read = 0;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      read += n;
      if (read > limit) {
        throw zipRefused("import.zip.too-large");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
