package org.declgen.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damage done to declaration YAML the way hands, editors, other programs and attackers do it, one
 * category at a time. Each category is a jqwik arbitrary of edits; a run draws from them with a
 * fixed seed, so case N of a run is the same every time.
 */
final class YamlMutations {
  /** What kind of damage. */
  enum Category {
    BYTE_FLIPS,
    TRUNCATION,
    CONTROL_CHARACTERS,
    DEEP_NESTING,
    ALIASES,
    HUGE_LINES,
    DUPLICATE_KEYS,
    TYPE_SWAPS,
    ODD_UNICODE,
    STRUCTURE,
    NOT_YAML
  }

  /** An edit of a seed: what it does, and the bytes it makes. */
  record Edit(String description, Function<String, byte[]> apply) {}

  private static final Pattern VALUE_LINE =
      Pattern.compile("(?m)^( *(?:- )?)([^#:\\n]+): ([^#\\n]+?)( *#.*)?$");

  private static final List<String> CONTROLS =
      List.of(
          "\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085",
          "\u009B", "\u2028", "\u2029", "\uFEFF", "\u202E", "\u2066", "\uFFFE", "\uFFFF", "\uFDD0",
          "\r", "\t");

  private static final List<String> ESCAPES =
      List.of(
          "\\e",
          "\\a",
          "\\0",
          "\\x01",
          "\\b",
          "\\v",
          "\\f",
          "\\r",
          "\\N",
          "\\L",
          "\\P",
          "\\uFFFE",
          "\\uFFFF",
          "\\uD800",
          "\\uDFFF",
          "\\U0001FFFE",
          "\\U0010FFFF",
          "\\U00110000",
          "\\U80000000",
          "\\u202E",
          "\\uFEFF",
          "\\x7F",
          "\\x9B",
          "\\t",
          "\\n",
          "\\_",
          "\\q",
          "\\u12",
          "\\UD83DDE00",
          "\\uD83D\\uDE00");

  private static final List<String> ODD =
      List.of(
          "𠮷",
          "𪚥",
          "😀",
          "👨\u200D👩\u200D👧",
          "e\u0301",
          "\u0301",
          "：",
          "，",
          "（",
          "）",
          "“",
          "”",
          "\u3000",
          "\u200B",
          "\u200D",
          "\u00A0",
          "مرحبا",
          "\uE000",
          "\uDB80\uDC00",
          "\uD87C\uDF50",
          "ｘ",
          "〇",
          "…",
          "—",
          "％",
          "≥",
          "\uFF5E",
          "\u2E80",
          "\uFFFD");

  private static final List<String> TOKENS =
      List.of(
          ":",
          ": ",
          "- ",
          "? ",
          "&a ",
          "*a",
          "!",
          "!!str ",
          "!!java.io.File ",
          "|",
          ">",
          "#",
          "%",
          "@",
          "`",
          "\"",
          "'",
          "{",
          "}",
          "[",
          "]",
          ",",
          "---",
          "...",
          "<<: ",
          "\\",
          "~",
          "\n",
          "\n  ",
          "\t");

  private static final List<String> TYPES =
      List.of(
          "[]",
          "{}",
          "[a, b]",
          "{a: b}",
          "~",
          "\"\"",
          "''",
          "123",
          "-1.5",
          "true",
          "2024-01-01",
          "!!str x",
          "!!java.io.File /etc/passwd",
          "!!binary aGk=",
          "|\n  多行\n  文字",
          ">\n  折叠",
          "\n  - 列表项\n  - 二",
          "\n  键: 值",
          "&x 锚",
          "*x",
          "<<",
          "1,999.68",
          "0x1F",
          ".inf",
          "{三级指标: ~, 指标值: 1份清单}",
          "[{名称: ~}]",
          "[{主要实施内容: 无名}]",
          "? 复杂\n: 键");

  private YamlMutations() {}

  static Arbitrary<Edit> of(Category category) {
    return switch (category) {
      case BYTE_FLIPS -> byteFlips();
      case TRUNCATION -> truncation();
      case CONTROL_CHARACTERS -> controlCharacters();
      case DEEP_NESTING -> deepNesting();
      case ALIASES -> aliases();
      case HUGE_LINES -> hugeLines();
      case DUPLICATE_KEYS -> duplicateKeys();
      case TYPE_SWAPS -> typeSwaps();
      case ODD_UNICODE -> oddUnicode();
      case STRUCTURE -> structure();
      case NOT_YAML -> notYaml();
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A place in {@code text} chosen by {@code fraction} (0–1), moved off a surrogate pair's middle.
   */
  private static int at(String text, double fraction) {
    int i = (int) Math.min(text.length(), Math.floor(fraction * (text.length() + 1)));
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  private static Arbitrary<Double> fraction() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** The value of the n-th (modulo) {@code key: value} line, replaced. */
  private static String replaceValue(String text, int n, Function<String, String> by) {
    List<MatchResult3> lines = valueLines(text);
    if (lines.isEmpty()) {
      return text;
    }
    MatchResult3 m = lines.get(Math.floorMod(n, lines.size()));
    return text.substring(0, m.valueStart) + by.apply(m.value) + text.substring(m.valueEnd);
  }

  private record MatchResult3(int lineStart, int valueStart, int valueEnd, String value) {}

  private static List<MatchResult3> valueLines(String text) {
    List<MatchResult3> lines = new ArrayList<>();
    Matcher m = VALUE_LINE.matcher(text);
    while (m.find()) {
      lines.add(new MatchResult3(m.start(), m.start(3), m.end(3), m.group(3)));
    }
    return lines;
  }

  private static Arbitrary<Edit> byteFlips() {
    return Arbitraries.longs()
        .map(
            seed ->
                new Edit(
                    "byte flips, seed " + seed,
                    text -> {
                      byte[] b = utf8(text);
                      Random r = new Random(seed);
                      int n = 1 + r.nextInt(8);
                      for (int i = 0; i < n && b.length > 0; i++) {
                        // any byte, or (more often kept valid UTF-8) an ASCII one
                        b[r.nextInt(b.length)] =
                            (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x5F));
                      }
                      return b;
                    }));
  }

  private static Arbitrary<Edit> truncation() {
    return fraction()
        .map(
            f ->
                new Edit(
                    "cut at " + Math.round(f * 100) + "%",
                    text -> {
                      byte[] b = utf8(text);
                      byte[] cut = new byte[(int) (b.length * f)];
                      System.arraycopy(b, 0, cut, 0, cut.length);
                      return cut;
                    }));
  }

  private static Arbitrary<Edit> controlCharacters() {
    Arbitrary<Edit> raw =
        Combinators.combine(Arbitraries.of(CONTROLS), fraction())
            .as(
                (c, f) ->
                    new Edit(
                        "raw U+" + Integer.toHexString(c.codePointAt(0)) + " at " + f,
                        text -> {
                          int i = at(text, f);
                          return utf8(text.substring(0, i) + c + text.substring(i));
                        }));
    Arbitrary<Edit> escaped =
        Combinators.combine(Arbitraries.of(ESCAPES), Arbitraries.integers(), fraction())
            .as(
                (e, n, f) ->
                    new Edit(
                        "escape " + e + " in value " + n,
                        text ->
                            utf8(
                                replaceValue(
                                    text,
                                    n,
                                    v -> {
                                      String plain = v.replace("\\", "\\\\").replace("\"", "\\\"");
                                      int i = at(plain, f);
                                      return "\""
                                          + plain.substring(0, i)
                                          + e
                                          + plain.substring(i)
                                          + "\"";
                                    }))));
    return Arbitraries.oneOf(raw, escaped);
  }

  private static Arbitrary<Edit> deepNesting() {
    Arbitrary<Edit> flow =
        Combinators.combine(
                Arbitraries.integers().between(1, 300),
                Arbitraries.of("[", "{", "{a: "),
                Arbitraries.integers(),
                Arbitraries.of(true, false))
            .as(
                (depth, open, n, closed) ->
                    new Edit(
                        depth + " × " + open + (closed ? " closed" : " open") + " in value " + n,
                        text ->
                            utf8(
                                replaceValue(
                                    text,
                                    n,
                                    v ->
                                        open.repeat(depth)
                                            + "x"
                                            + (closed ? close(open).repeat(depth) : "")))));
    Arbitrary<Edit> block =
        Combinators.combine(Arbitraries.integers().between(1, 200), Arbitraries.integers())
            .as(
                (depth, n) ->
                    new Edit(
                        depth + " nested block lists in value " + n,
                        text ->
                            utf8(
                                replaceValue(
                                    text,
                                    n,
                                    v -> {
                                      StringBuilder s = new StringBuilder();
                                      for (int i = 1; i <= depth; i++) {
                                        s.append('\n').append("  ".repeat(i)).append("- ");
                                      }
                                      return s.append("x").toString();
                                    }))));
    return Arbitraries.oneOf(flow, block);
  }

  private static String close(String open) {
    return open.equals("[") ? "]" : "}";
  }

  private static Arbitrary<Edit> aliases() {
    Arbitrary<Edit> bomb =
        Combinators.combine(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 12))
            .as(
                (levels, width) ->
                    new Edit(
                        "alias bomb " + levels + " × " + width,
                        text -> {
                          StringBuilder s = new StringBuilder("l0: &l0 [\"lol\"]\n");
                          for (int i = 1; i <= levels; i++) {
                            s.append("l").append(i).append(": &l").append(i).append(" [");
                            for (int j = 0; j < width; j++) {
                              s.append(j == 0 ? "" : ",").append("*l").append(i - 1);
                            }
                            s.append("]\n");
                          }
                          return utf8(s + text);
                        }));
    Arbitrary<Edit> scalars =
        Combinators.combine(Arbitraries.integers().between(1, 5000), Arbitraries.integers())
            .as(
                (count, n) ->
                    new Edit(
                        count + " aliases to a scalar",
                        text ->
                            utf8(
                                replaceValue(
                                    text, n, v -> "&s " + v + "\n" + "别名: *s\n".repeat(count)))));
    Arbitrary<Edit> odd =
        Combinators.combine(
                Arbitraries.of("&a [*a]", "*nowhere", "&a {k: *a}", "&a &b x", "*a *b", "&", "*"),
                Arbitraries.integers())
            .as(
                (a, n) ->
                    new Edit(a + " in value " + n, text -> utf8(replaceValue(text, n, v -> a))));
    return Arbitraries.oneOf(bomb, scalars, odd);
  }

  private static Arbitrary<Edit> hugeLines() {
    return Combinators.combine(
            Arbitraries.of(1_000, 19_999, 20_001, 99_990, 199_990, 200_001, 1_000_000),
            Arbitraries.of("x", "长", "😀", " ", "\\", ",", "a "),
            Arbitraries.of("plain", "quoted", "key"),
            Arbitraries.integers())
        .as(
            (length, unit, style, n) ->
                new Edit(
                    style + " of " + length + " × '" + unit + "' in value " + n,
                    text -> {
                      String big = unit.repeat(Math.max(1, length / unit.length()));
                      return utf8(
                          switch (style) {
                            case "quoted" ->
                                replaceValue(
                                    text, n, v -> "\"" + big.replace("\\", "\\\\") + "\\q\"");
                            case "key" -> big + ": x\n" + text;
                            default -> replaceValue(text, n, v -> big);
                          });
                    }));
  }

  private static Arbitrary<Edit> duplicateKeys() {
    Arbitrary<Edit> line =
        Arbitraries.integers()
            .map(
                n ->
                    new Edit(
                        "line of value " + n + " twice",
                        text -> {
                          List<MatchResult3> lines = valueLines(text);
                          MatchResult3 m = lines.get(Math.floorMod(n, lines.size()));
                          int end = text.indexOf('\n', m.valueEnd);
                          end = end < 0 ? text.length() : end + 1;
                          String l = text.substring(m.lineStart, end);
                          return utf8(text.substring(0, end) + l + text.substring(end));
                        }));
    Arbitrary<Edit> flow =
        Arbitraries.of(
                "{基本支出: 1, 基本支出: 2, 项目支出: 3}",
                "{三级指标: a, 三级指标: b, 指标值: 1}",
                "{三级指标: a, 指标值: 1, 实施周期指标值: 2}")
            .map(
                f ->
                    new Edit(
                        "flow " + f,
                        text ->
                            utf8(
                                text.replaceFirst(
                                    "\\{基本支出: [^}]*\\}|\\{三级指标: [^}]*\\}",
                                    Matcher.quoteReplacement(f)))));
    Arbitrary<Edit> top =
        Arbitraries.of("部门名称", "年度", "绩效指标", "年度重点工作任务", "预算整体情况")
            .map(k -> new Edit("top key " + k + " again", text -> utf8(text + k + ": ~\n")));
    return Arbitraries.oneOf(line, flow, top);
  }

  private static Arbitrary<Edit> typeSwaps() {
    return Combinators.combine(Arbitraries.of(TYPES), Arbitraries.integers())
        .as(
            (t, n) ->
                new Edit(
                    "value " + n + " → " + t.replace("\n", "⏎"),
                    text -> utf8(replaceValue(text, n, v -> t))));
  }

  private static Arbitrary<Edit> oddUnicode() {
    Arbitrary<Edit> inValue =
        Combinators.combine(
                Arbitraries.of(ODD).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers(),
                fraction())
            .as(
                (chars, n, f) ->
                    new Edit(
                        String.join("", chars) + " into value " + n,
                        text ->
                            utf8(
                                replaceValue(
                                    text,
                                    n,
                                    v -> {
                                      int i = at(v, f);
                                      return v.substring(0, i)
                                          + String.join("", chars)
                                          + v.substring(i);
                                    }))));
    Arbitrary<Edit> anywhere =
        Combinators.combine(Arbitraries.of(ODD), fraction())
            .as(
                (c, f) ->
                    new Edit(
                        c + " anywhere at " + f,
                        text -> {
                          int i = at(text, f);
                          return utf8(text.substring(0, i) + c + text.substring(i));
                        }));
    Arbitrary<Edit> bom =
        Arbitraries.just(new Edit("UTF-8 BOM first", text -> utf8("\uFEFF" + text)));
    return Arbitraries.oneOf(inValue, inValue, anywhere, bom);
  }

  private static Arbitrary<Edit> structure() {
    Arbitrary<Edit> lines =
        Combinators.combine(
                Arbitraries.of("delete", "duplicate", "swap", "indent+", "indent-", "tab", "join"),
                fraction(),
                Arbitraries.integers().between(1, 4))
            .as(
                (op, f, k) ->
                    new Edit(
                        op + " " + k + " at line " + f, text -> utf8(lineEdit(text, op, f, k))));
    Arbitrary<Edit> tokens =
        Combinators.combine(Arbitraries.of(TOKENS), fraction())
            .as(
                (t, f) ->
                    new Edit(
                        "token " + t.replace("\n", "⏎") + " at " + f,
                        text -> {
                          int i = at(text, f);
                          return utf8(text.substring(0, i) + t + text.substring(i));
                        }));
    return Arbitraries.oneOf(lines, tokens);
  }

  private static String lineEdit(String text, String op, double f, int k) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = Math.min(lines.size() - 1, (int) (f * lines.size()));
    switch (op) {
      case "delete" -> lines.remove(i);
      case "duplicate" -> lines.add(i, lines.get(i));
      case "swap" -> {
        int j = Math.min(lines.size() - 1, i + k);
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
      case "indent+" -> lines.set(i, " ".repeat(k) + lines.get(i));
      case "indent-" -> lines.set(i, lines.get(i).replaceFirst("^ {1," + k + "}", ""));
      case "tab" -> lines.set(i, "\t" + lines.get(i));
      default -> {
        if (i + 1 < lines.size()) {
          lines.set(i, lines.get(i) + " " + lines.remove(i + 1));
        }
      }
    }
    return String.join("\n", lines);
  }

  private static Arbitrary<Edit> notYaml() {
    return Arbitraries.of(
        new Edit("a Word file", text -> zip("word/document.xml", text)),
        new Edit("an Excel file", text -> zip("xl/workbook.xml", text)),
        new Edit("another zip", text -> zip("data.yaml", text)),
        new Edit("a PDF", text -> utf8("%PDF-1.7\n" + text)),
        new Edit("UTF-16 with BOM", text -> text.getBytes(StandardCharsets.UTF_16)),
        new Edit("UTF-16LE", text -> text.getBytes(StandardCharsets.UTF_16LE)),
        new Edit("GBK", text -> text.getBytes(Charset.forName("GBK"))),
        new Edit(
            "Latin-1 of the UTF-8",
            text ->
                new String(utf8(text), StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.UTF_8)),
        new Edit("empty", text -> new byte[0]),
        new Edit("BOM only", text -> utf8("\uFEFF")),
        new Edit("comments only", text -> utf8("# 只有注释\n# 第二行\n")),
        new Edit("spaces only", text -> utf8("   \n\n  \n")),
        new Edit("a top-level list", text -> utf8("- " + text.replace("\n", "\n  "))),
        new Edit("a scalar", text -> utf8("部门名称")),
        new Edit("two documents", text -> utf8(text + "---\n" + text)),
        new Edit("NUL bytes", text -> new byte[64]));
  }

  private static byte[] zip(String entry, String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(utf8(text));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
