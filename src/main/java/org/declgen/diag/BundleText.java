package org.declgen.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message bundle ({@code .properties}, UTF-8, one {@code key=value} per line) kept as its text;
 * a value is found and unescaped only when it is asked for. A run asks for a handful of the
 * bundle's hundreds of messages, and parsing the whole file at start-up cost more than the rest of
 * the message handling together. A test holds every value to what {@link java.util.Properties}
 * reads from the same file.
 */
final class BundleText {
  private final String text;

  /** Values already found: a long batch, or a resident server, asks for the same few again. */
  private final Map<String, Optional<String>> found = new ConcurrentHashMap<>();

  private BundleText(String text) {
    this.text = text;
  }

  /** The bundle at {@code resource} on the class path, or empty if there is none. */
  static Optional<BundleText> load(String resource) {
    try (InputStream in = BundleText.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundle of the given file text. */
  static BundleText of(String fileText) {
    return new BundleText("\n" + fileText);
  }

  /** The value of {@code key}, unescaped as {@link java.util.Properties} does, if present. */
  Optional<String> get(String key) {
    return found.computeIfAbsent(key, this::find);
  }

  private Optional<String> find(String key) {
    String entry = "\n" + key + "=";
    int at = text.indexOf(entry);
    if (at < 0) {
      return Optional.empty();
    }
    int start = at + entry.length();
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    int end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length();
    }
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return Optional.of(unescape(text, start, end));
  }

  private static String unescape(String s, int start, int end) {
    int slash = s.indexOf('\\', start);
    if (slash < 0 || slash >= end) {
      return s.substring(start, end);
    }
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
