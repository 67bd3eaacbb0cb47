package org.declgen.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step (generate-sources): compiles the message bundles ({@code messages.properties}, {@code
 * messages_LANG.properties}) into the Java source of {@code org.declgen.diag.CompiledBundles}, one
 * {@code switch} per bundle.
 *
 * <p>Why: reading a bundle at start-up meant finding it on the class path, decoding 45 KB of UTF-8
 * and scanning the text for each message, all in the interpreter: about 10 ms of every one-shot
 * command (docs/performance.md, eighth round). A compiled bundle is a class in the start-up archive
 * and finds a message by its hash. The bundles stay the files people edit; {@link
 * java.util.Properties} reads them here, so every value is what it would read.
 *
 * <p>Run as {@code java CompileBundles.java BUNDLE_DIR OUTPUT_SOURCE_DIR}.
 */
public final class CompileBundles {
  static final String BASE = "messages";
  static final String CLASS = "CompiledBundles";
  static final String PACKAGE = "org.declgen.diag";

  private CompileBundles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompileBundles BUNDLE_DIR OUTPUT_SOURCE_DIR");
      System.exit(2);
    }
    Map<String, Map<String, String>> bundles = read(Path.of(args[0]));
    Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/')).resolve(CLASS + ".java");
    Files.createDirectories(out.getParent());
    String source = source(bundles);
    if (!Files.isRegularFile(out) || !Files.readString(out).equals(source)) {
      Files.writeString(out, source, StandardCharsets.UTF_8);
    }
    System.out.println("CompileBundles: " + bundles.keySet().size() + " bundles into " + out);
  }

  /** Each bundle in the folder by its language ("" for the default), key to value, sorted. */
  static Map<String, Map<String, String>> read(Path dir) throws IOException {
    Map<String, Map<String, String>> bundles = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.startsWith(BASE) || !name.endsWith(".properties")) {
          continue;
        }
        String middle = name.substring(BASE.length(), name.length() - ".properties".length());
        if (!middle.isEmpty() && !middle.matches("_[a-z]{2,3}")) {
          continue;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          p.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        bundles.put(middle.isEmpty() ? "" : middle.substring(1), values);
      }
    }
    return bundles;
  }

  /** The Java source of the compiled bundles. */
  static String source(Map<String, Map<String, String>> bundles) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    s.append("/**\n * The message bundles, compiled by the build from ")
        .append(BASE)
        .append(
            "*.properties\n * (src/build/java/org/declgen/build/CompileBundles.java). Not to be edited.\n */\n");
    s.append("final class ").append(CLASS).append(" {\n");
    s.append("  private ").append(CLASS).append("() {}\n\n");
    s.append("  /** Whether there is a bundle of the language (\"\" for the default one). */\n");
    s.append("  static boolean has(String language) {\n    switch (language) {\n");
    for (String language : bundles.keySet()) {
      s.append("      case ").append(literal(language)).append(":\n");
    }
    s.append("        return true;\n      default:\n        return false;\n    }\n  }\n\n");
    s.append("  /** The value of {@code key} in the language's bundle, or null. */\n");
    s.append("  static String get(String language, String key) {\n    switch (language) {\n");
    for (String language : bundles.keySet()) {
      s.append("      case ")
          .append(literal(language))
          .append(":\n        return ")
          .append(method(language))
          .append("(key);\n");
    }
    s.append("      default:\n        return null;\n    }\n  }\n\n");
    s.append("  /** Every key of the language's bundle (for tests). */\n");
    s.append("  static String[] keys(String language) {\n    switch (language) {\n");
    for (Map.Entry<String, Map<String, String>> b : bundles.entrySet()) {
      s.append("      case ")
          .append(literal(b.getKey()))
          .append(":\n        return new String[] {");
      List<String> keys = new ArrayList<>();
      b.getValue().keySet().forEach(k -> keys.add(literal(k)));
      s.append(String.join(", ", keys)).append("};\n");
    }
    s.append("      default:\n        return new String[0];\n    }\n  }\n");
    for (Map.Entry<String, Map<String, String>> b : bundles.entrySet()) {
      s.append("\n  private static String ")
          .append(method(b.getKey()))
          .append("(String key) {\n    switch (key) {\n");
      for (Map.Entry<String, String> e : b.getValue().entrySet()) {
        s.append("      case ")
            .append(literal(e.getKey()))
            .append(":\n        return ")
            .append(literal(e.getValue()))
            .append(";\n");
      }
      s.append("      default:\n        return null;\n    }\n  }\n");
    }
    s.append("}\n");
    return s.toString();
  }

  private static String method(String language) {
    return language.isEmpty() ? "defaultBundle" : "bundle_" + language;
  }

  /**
   * A Java string literal of {@code text} in ASCII. Control characters are written as octal
   * escapes, not {@code \}{@code u} ones, which javac would turn back into line ends before it
   * reads the literal.
   */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else if (c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return sb.append('"').toString();
  }
}
