package org.declgen.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes one damaged source from a seed source, deterministically from a {@link Random}: the same
 * seed, category and random state always give the same bytes, so a failure is reproduced by its
 * case number.
 */
final class FuzzMutator {
  private static final String[] XML_FORBIDDEN = {"\u0001", "\u001b", "\u0000", "\uFFFE", "\uD800"};
  private static final String[] MARKDOWN = {
    "*",
    "**",
    "_",
    "__",
    "[a](",
    "![",
    "<br>",
    "<b>",
    "&amp;",
    "&#x1F600;",
    "\\",
    "`",
    "|",
    "\\|",
    "#",
    "> ",
    "- ",
    "1. ",
    "~~",
    "<!--",
    "]]",
    "((",
    "&#0;",
    "&#99999999;"
  };

  private final Random random;

  FuzzMutator(Random random) {
    this.random = random;
  }

  /** The seed damaged in the way of the category; {@code kind} is the seed's extension. */
  byte[] mutate(FuzzMutation m, byte[] seed, String kind) {
    boolean zip = !kind.equals("md");
    return switch (m) {
      case TRUNCATION -> Arrays.copyOf(seed, random.nextInt(seed.length + 1));
      case BIT_FLIPS -> flipBits(seed, 1 + random.nextInt(8));
      case ZIP_ENTRY_DAMAGE -> zip ? damageEntry(seed) : flipBits(seed, 1);
      case XML_DAMAGE -> zip ? onMainXml(seed, kind, this::damageXml) : damageText(seed);
      case HUGE_SIZES -> zip ? onMainXml(seed, kind, x -> huge(x, kind)) : hugeMarkdown(seed);
      case DEEP_NESTING -> zip ? onMainXml(seed, kind, x -> deep(x, kind)) : deepMarkdown(seed);
      case ODD_ENCODINGS -> zip ? oddXmlEncoding(seed, kind) : oddTextEncoding(seed);
      case MARKDOWN_SYNTAX -> zip ? onMainXml(seed, kind, this::sprinkle) : sprinkleText(seed);
    };
  }

  private int count(int max) {
    // mostly small, sometimes around a limit, sometimes far past it
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(10);
      case 1 -> random.nextInt(max / 10 + 1);
      case 2 -> max - 3 + random.nextInt(7);
      default -> max * (1 + random.nextInt(4));
    };
  }

  private byte[] flipBits(byte[] seed, int n) {
    byte[] b = seed.clone();
    for (int i = 0; i < n && b.length > 0; i++) {
      int at = random.nextInt(b.length);
      b[at] ^= (byte) (1 << random.nextInt(8));
    }
    return b;
  }

  // --- zip packages ---------------------------------------------------------------------------

  private byte[] damageEntry(byte[] seed) {
    Map<String, byte[]> entries = entries(seed);
    List<String> names = new ArrayList<>(entries.keySet());
    String name = names.get(random.nextInt(names.size()));
    byte[] content = entries.get(name);
    switch (random.nextInt(6)) {
      case 0 -> entries.remove(name);
      case 1 -> entries.put(name, Arrays.copyOf(content, random.nextInt(content.length + 1)));
      case 2 -> entries.put(name, flipBits(content, 1 + random.nextInt(4)));
      case 3 -> {
        entries.remove(name);
        entries.put(name.toUpperCase(Locale.ROOT), content);
      }
      case 4 -> entries.put(name, utf8("<" + name + " garbage='" + random.nextInt() + "'"));
      default -> {
        return withDuplicate(entries, name, Arrays.copyOf(content, content.length / 2));
      }
    }
    return zip(entries);
  }

  private byte[] onMainXml(byte[] seed, String kind, UnaryOperator<String> f) {
    Map<String, byte[]> entries = entries(seed);
    String part = kind.equals("docx") ? "word/document.xml" : "xl/worksheets/sheet1.xml";
    if (!entries.containsKey(part)) {
      return seed;
    }
    entries.put(part, utf8(f.apply(new String(entries.get(part), StandardCharsets.UTF_8))));
    return zip(entries);
  }

  private String damageXml(String xml) {
    StringBuilder sb = new StringBuilder(xml);
    for (int n = 1 + random.nextInt(4); n > 0 && sb.length() > 0; n--) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(5)) {
        case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
        case 1 -> sb.insert(at, "<w:t>");
        case 2 -> sb.insert(at, XML_FORBIDDEN[random.nextInt(XML_FORBIDDEN.length)]);
        case 3 -> sb.insert(at, "<w:vMerge/>");
        default -> sb.insert(at, "</w:tc>");
      }
    }
    return sb.toString();
  }

  private String huge(String xml, String kind) {
    if (kind.equals("xlsx")) {
      int row = count(5_000) + 1;
      return xml.replaceFirst(
          "</sheetData>",
          "<row r=\""
              + row
              + "\"><c r=\"A"
              + row
              + "\" t=\"inlineStr\"><is><t>"
              + "长".repeat(count(20_000))
              + "</t></is></c></row></sheetData>");
    }
    return switch (random.nextInt(4)) {
      case 0 -> xml.replaceFirst("<w:gridSpan w:val=\"\\d+\"/>", span(count(64)));
      case 1 -> xml.replaceFirst("<w:trPr>", "<w:trPr><w:gridBefore w:val=\"" + count(64) + "\"/>");
      case 2 -> xml.replace("广州市南沙区政务服务和数据管理局", "局".repeat(count(20_000)));
      default -> {
        int row = xml.indexOf("<w:tr>");
        int end = xml.indexOf("</w:tr>", row) + "</w:tr>".length();
        yield row < 0 || end < row
            ? xml
            : xml.substring(0, end)
                + xml.substring(row, end).repeat(count(5_000))
                + xml.substring(end);
      }
    };
  }

  private static String span(int n) {
    return "<w:gridSpan w:val=\"" + n + "\"/>";
  }

  private String deep(String xml, String kind) {
    int depth = count(256);
    if (kind.equals("xlsx")) {
      return xml.replaceFirst(
          "<sheetData>", "<sheetData>" + "<x>".repeat(depth) + "</x>".repeat(depth));
    }
    String nest =
        random.nextBoolean()
            ? "<w:tbl><w:tr><w:tc>".repeat(depth / 3 + 1)
                + "<w:p/>"
                + "</w:tc></w:tr></w:tbl>".repeat(depth / 3 + 1)
            : "<w:p>" + "<w:r>".repeat(depth) + "<w:t>深</w:t>" + "</w:r>".repeat(depth) + "</w:p>";
    int at = xml.indexOf("<w:tc>");
    return at < 0 ? xml : xml.substring(0, at + 6) + nest + xml.substring(at + 6);
  }

  private byte[] oddXmlEncoding(byte[] seed, String kind) {
    Map<String, byte[]> entries = entries(seed);
    String part = kind.equals("docx") ? "word/document.xml" : "xl/sharedStrings.xml";
    byte[] xml = entries.get(part);
    if (xml == null) {
      return seed;
    }
    String text = new String(xml, StandardCharsets.UTF_8);
    byte[] changed =
        switch (random.nextInt(4)) {
          case 0 -> text.replaceFirst("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE);
          case 1 -> text.getBytes(Charset.forName("GBK"));
          case 2 -> utf8(insertAt(text, XML_FORBIDDEN[random.nextInt(XML_FORBIDDEN.length)]));
          default -> text.replaceFirst("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16);
        };
    entries.put(part, changed);
    return zip(entries);
  }

  // --- converter Markdown ---------------------------------------------------------------------

  private byte[] damageText(byte[] seed) {
    String text = new String(seed, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(text);
    for (int n = 1 + random.nextInt(6); n > 0 && sb.length() > 0; n--) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
        case 1 -> sb.insert(at, "|");
        default -> sb.insert(at, "\n");
      }
    }
    return utf8(sb.toString());
  }

  private byte[] hugeMarkdown(byte[] seed) {
    String text = new String(seed, StandardCharsets.UTF_8).stripTrailing() + "\n";
    return utf8(
        switch (random.nextInt(3)) {
          case 0 -> text + "| a | b | c | d | e | f |\n".repeat(count(5_000));
          case 1 -> text + "|" + " x |".repeat(count(64)) + "\n";
          default -> text + "| 长 | " + "长".repeat(count(20_000)) + " |\n";
        });
  }

  private byte[] deepMarkdown(byte[] seed) {
    String marker = new String[] {"- ", "> ", "* ", "1. ", "  - "}[random.nextInt(5)];
    String nest = marker.repeat(count(2_000)) + "x\n";
    String text = new String(seed, StandardCharsets.UTF_8);
    return utf8(random.nextBoolean() ? nest + text : text + nest);
  }

  private byte[] oddTextEncoding(byte[] seed) {
    String text = new String(seed, StandardCharsets.UTF_8);
    return switch (random.nextInt(6)) {
      case 0 -> text.getBytes(StandardCharsets.UTF_16);
      case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
      case 2 -> text.getBytes(Charset.forName("GBK"));
      case 3 -> utf8("\uFEFF" + insertAt(text, XML_FORBIDDEN[random.nextInt(4)]));
      case 4 -> text.getBytes(StandardCharsets.ISO_8859_1);
      default -> flipBits(seed, 1);
    };
  }

  private String sprinkle(String xml) {
    StringBuilder sb = new StringBuilder(xml);
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      int at = sb.indexOf("<w:t", random.nextInt(sb.length()));
      int close = at < 0 ? -1 : sb.indexOf(">", at);
      if (close > 0) {
        sb.insert(close + 1, escapeXml(syntax()));
      }
    }
    return sb.toString();
  }

  private byte[] sprinkleText(byte[] seed) {
    String text = new String(seed, StandardCharsets.UTF_8);
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      text = insertAt(text, syntax());
    }
    return utf8(text);
  }

  private String syntax() {
    String s = MARKDOWN[random.nextInt(MARKDOWN.length)];
    return random.nextInt(4) == 0 ? s.repeat(count(5_000)) : s;
  }

  private String insertAt(String text, String insert) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + insert + text.substring(at);
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // --- zip helpers ----------------------------------------------------------------------------

  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Two entries of one name: written under a stand-in name, then the name patched in. */
  private static byte[] withDuplicate(Map<String, byte[]> entries, String name, byte[] second) {
    String stand = name.substring(0, name.length() - 1) + "#";
    Map<String, byte[]> all = new LinkedHashMap<>(entries);
    all.put(stand, second);
    byte[] zip = zip(all);
    byte[] from = utf8(stand);
    byte[] to = utf8(name);
    for (int i = 0; i + from.length <= zip.length; i++) {
      if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, zip, i, to.length);
      }
    }
    return zip;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
