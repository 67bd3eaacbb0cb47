package org.declgen.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.declgen.template.docx.DocxSource;

/**
 * The built-in Word templates as the build compiled them, inside declgen's jar. A render on a fresh
 * machine (CI), or with the cache off, takes them from there instead of loading docx4j to compile
 * them, which costs more than the rest of a render. An entry is named as a cache entry is, with the
 * jar it sits in as its build. Read only when declgen runs from a jar: a folder of classes (tests,
 * IDEs) may still hold entries an older compiler made.
 */
final class ShippedDocx {
  /** Where the build puts the entries among the classes. */
  static final String FOLDER = "org/declgen/template/compiled/";

  private static final String BUILD = "shipped in the jar";

  private ShippedDocx() {}

  static Optional<DocxSource> find(String name, byte[] docx, Locale locale, boolean paginate) {
    if (CompiledDocxCache.jar().isEmpty()) {
      return Optional.empty();
    }
    String key = CompiledDocxCache.key(BUILD, name, docx, locale, paginate);
    try (InputStream in = ShippedDocx.class.getClassLoader().getResourceAsStream(FOLDER + key)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          CompiledDocxCache.read(new DataInputStream(new ByteArrayInputStream(in.readAllBytes()))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the entry of a compiled template into {@code dir}, the build's {@link #FOLDER}. */
  static void write(
      Path dir, String name, byte[] docx, Locale locale, boolean paginate, DocxSource source)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
    CompiledDocxCache.write(new DataOutputStream(bytes), source);
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(CompiledDocxCache.key(BUILD, name, docx, locale, paginate)),
        bytes.toByteArray());
  }
}
