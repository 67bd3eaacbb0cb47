package org.declgen.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step (process-classes): writes {@code META-INF/INDEX.LIST}, the jar index of the JAR File
 * Specification, for declgen-core.jar: which of the jars on its manifest Class-Path holds each
 * package, in class-path order. The jar plugin then packs it with the classes.
 *
 * <p>Why: FreeMarker's first use looks for a class that is not there ({@code
 * freemarker.core._2_4_OrLaterMarker}). Without an index, Java 17 opens every jar of the class path
 * in turn to be sure, reading the directory of 53 jars (21 MB); with one, it asks only the jar the
 * index names for {@code freemarker/core}. That is 10 to 30 ms of a one-shot textconv or render,
 * and 2 MB of its memory (docs/performance.md, ninth round). Java 18 and later no longer read jar
 * indexes and search the class path as before, with the same result.
 *
 * <p>The entries are those {@code jar --generate-index} writes with {@code
 * -Dsun.misc.JarIndex.metaInfFilenames=true} (IndexJarTest compares them): every folder that holds
 * an entry, files at a jar's root by name, and files under META-INF/ by name, so that a service is
 * looked for only in the jar that declares it; not the manifest, an index or META-INF/versions/.
 * Unlike that tool, this step reads the jar's own classes from their folder (the jar does not exist
 * yet) and writes the entries sorted, so that the same inputs give the same bytes.
 *
 * <p>Run as {@code java IndexJar.java INDEX_LIST JAR_NAME CLASSES_DIR LIBRARIES}, LIBRARIES being
 * the jars of the Class-Path in its order, separated by the platform's path separator.
 */
public final class IndexJar {
  public static final String INDEX = "META-INF/INDEX.LIST";

  private IndexJar() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: IndexJar INDEX_LIST JAR_NAME CLASSES_DIR LIBRARIES");
      System.exit(2);
    }
    List<Path> libraries = new ArrayList<>();
    for (String path : args[3].split(File.pathSeparator)) {
      if (!path.isBlank()) {
        libraries.add(Path.of(path));
      }
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    String index = index(args[1], Path.of(args[2]), libraries);
    if (!Files.isRegularFile(out) || !Files.readString(out).equals(index)) {
      Files.writeString(out, index, StandardCharsets.UTF_8);
    }
    System.out.println("IndexJar: " + (libraries.size() + 1) + " jars indexed into " + out);
  }

  /** The text of the index of jar {@code name}, made of {@code classes}, with the libraries. */
  public static String index(String name, Path classes, List<Path> libraries) throws IOException {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    sections.put(name, entriesOfFolder(classes));
    for (Path library : libraries) {
      sections.put(library.getFileName().toString(), entriesOfJar(library));
    }
    StringBuilder text = new StringBuilder("JarIndex-Version: 1.0\n\n");
    for (Map.Entry<String, Set<String>> section : sections.entrySet()) {
      text.append(section.getKey()).append('\n');
      for (String entry : section.getValue()) {
        // Java reads a line ending in ".jar" as the start of the next jar's section.
        if (entry.endsWith(".jar")) {
          throw new IOException(
              section.getKey() + " holds " + entry + ", which an index cannot name");
        }
        text.append(entry).append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static Set<String> entriesOfFolder(Path classes) throws IOException {
    Set<String> entries = new TreeSet<>();
    try (Stream<Path> all = Files.walk(classes)) {
      for (Path p : all.filter(p -> !p.equals(classes)).toList()) {
        String name = classes.relativize(p).toString().replace(File.separatorChar, '/');
        add(Files.isDirectory(p) ? name + "/" : name, entries);
      }
    }
    return entries;
  }

  private static Set<String> entriesOfJar(Path jar) throws IOException {
    Set<String> entries = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
        add(all.nextElement().getName(), entries);
      }
    }
    return entries;
  }

  /**
   * Adds what the index says of one entry (a folder's name ends in "/"), as the JDK's tool does.
   */
  static void add(String entry, Set<String> entries) {
    if (entry.equals("META-INF/")
        || entry.equals(INDEX)
        || entry.equals("META-INF/MANIFEST.MF")
        || entry.startsWith("META-INF/versions/")) {
      return;
    }
    if (entry.startsWith("META-INF/")) {
      if (!entry.endsWith("/")) {
        entries.add(entry);
      }
      return;
    }
    int slash = entry.lastIndexOf('/');
    entries.add(slash < 0 ? entry : entry.substring(0, slash));
  }
}
