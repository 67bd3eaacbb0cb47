package org.declgen.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.declgen.template.docx.BlockStyle;
import org.declgen.template.docx.DocxSource;
import org.declgen.template.docx.PackageSkeleton;
import org.declgen.template.docx.SourceMap;
import org.declgen.template.docx.TemplateUsage;
import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.PrintLayout;

/**
 * Compiled Word templates kept on disk between runs, so a one-shot render skips compiling. An entry
 * is named by a hash of the Word document, its name, the message language and the jar that compiled
 * it; any doubt (unreadable, other format) means compiling again, never failing.
 */
final class CompiledDocxCache {
  private static final String FORMAT = "declgen compiled docx 5";

  private final Path dir;
  private final String build;

  private CompiledDocxCache(Path dir, String build) {
    this.dir = dir;
    this.build = build;
  }

  /** A cache in {@code dir}, or none when declgen does not run from a jar (tests, IDEs). */
  static Optional<CompiledDocxCache> in(Path dir) {
    try {
      Optional<Path> code = jar();
      if (code.isEmpty()) {
        return Optional.empty();
      }
      String build =
          code.get().toAbsolutePath()
              + "|"
              + Files.size(code.get())
              + "|"
              + Files.getLastModifiedTime(code.get()).toMillis();
      return Optional.of(new CompiledDocxCache(dir, build));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The jar declgen runs from, or none (tests and IDEs run it from a folder of classes). */
  static Optional<Path> jar() {
    try {
      Path code =
          Path.of(
              CompiledDocxCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The entry's name: a hash of what the compiled form depends on.
   *
   * @param paginate whether the template decides its pages (which compiles differently)
   */
  String key(String name, byte[] docx, Locale locale, boolean paginate) {
    return key(build, name, docx, locale, paginate);
  }

  /** As {@link #key(String, byte[], Locale, boolean)}, for the given build. */
  static String key(String build, String name, byte[] docx, Locale locale, boolean paginate) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String layout = paginate ? "paginate" : "office";
      for (String s : new String[] {FORMAT, build, name, locale.toLanguageTag(), layout}) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(docx));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  Optional<DocxSource> find(String key) {
    Path file = dir.resolve(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      return Optional.of(read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps a compiled form; a cache that cannot be written is silently not used. */
  void store(String key, DocxSource source) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
      write(new DataOutputStream(bytes), source);
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, key, ".tmp");
      Files.write(temp, bytes.toByteArray());
      Files.move(
          temp,
          dir.resolve(key),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // compiling again next time is the fallback
    }
  }

  static void write(DataOutputStream out, DocxSource source) throws IOException {
    text(out, FORMAT);
    text(out, source.ftl());
    List<SourceMap.Span> spans = source.sourceMap().spans();
    out.writeInt(spans.size());
    for (SourceMap.Span s : spans) {
      out.writeInt(s.start());
      out.writeInt(s.end());
      texts(out, s.markup(), s.where());
    }
    out.writeInt(source.blockStyles().size());
    for (BlockStyle b : source.blockStyles()) {
      texts(
          out,
          b.paragraphProperties(),
          b.plainRun(),
          b.boldRun(),
          b.italicRun(),
          b.boldItalicRun());
      out.writeBoolean(b.place() != null);
      if (b.place() != null) {
        LayoutCodec.write(out, b.place());
      }
    }
    out.writeInt(source.usage().entries().size());
    for (TemplateUsage.Entry e : source.usage().entries()) {
      texts(out, e.markup(), e.where());
    }
    out.writeInt(source.usage().usedPaths().size());
    for (String path : source.usage().usedPaths()) {
      text(out, path);
    }
    writeParts(out, source.skeleton().before());
    text(out, source.skeleton().mainPart());
    writeParts(out, source.skeleton().after());
    out.writeBoolean(source.layout() != null);
    if (source.layout() != null) {
      LayoutCodec.write(out, source.layout());
    }
    out.flush();
  }

  static DocxSource read(DataInputStream in) throws IOException {
    if (!FORMAT.equals(text(in))) {
      throw new IOException("another format");
    }
    String ftl = text(in);
    List<SourceMap.Span> spans = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      spans.add(new SourceMap.Span(in.readInt(), in.readInt(), text(in), text(in)));
    }
    List<BlockStyle> styles = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String paragraph = text(in);
      String plain = text(in);
      String bold = text(in);
      String italic = text(in);
      String boldItalic = text(in);
      BlockPlace place = in.readBoolean() ? LayoutCodec.readPlace(in) : null;
      styles.add(new BlockStyle(paragraph, plain, bold, italic, boldItalic, place));
    }
    List<TemplateUsage.Entry> entries = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      entries.add(new TemplateUsage.Entry(text(in), text(in)));
    }
    Set<String> paths = new LinkedHashSet<>();
    for (int i = in.readInt(); i > 0; i--) {
      paths.add(text(in));
    }
    List<PackageSkeleton.Part> before = readParts(in);
    String mainPart = text(in);
    PackageSkeleton skeleton = new PackageSkeleton(before, mainPart, readParts(in));
    PrintLayout layout = in.readBoolean() ? LayoutCodec.readLayout(in) : null;
    return new DocxSource(
        ftl, new SourceMap(spans), styles, new TemplateUsage(entries, paths), skeleton, layout);
  }

  private static void writeParts(DataOutputStream out, List<PackageSkeleton.Part> parts)
      throws IOException {
    out.writeInt(parts.size());
    for (PackageSkeleton.Part p : parts) {
      text(out, p.name());
      out.writeInt(p.bytes().length);
      out.write(p.bytes());
    }
  }

  private static List<PackageSkeleton.Part> readParts(DataInputStream in) throws IOException {
    List<PackageSkeleton.Part> parts = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = text(in);
      parts.add(new PackageSkeleton.Part(name, in.readNBytes(in.readInt())));
    }
    return parts;
  }

  private static void texts(DataOutputStream out, String... values) throws IOException {
    for (String v : values) {
      text(out, v);
    }
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
