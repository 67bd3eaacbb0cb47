package org.declgen.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.declgen.check.CheckConfig;
import org.declgen.check.Checker;
import org.declgen.cli.Main;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.DiagnosticFormatter;
import org.declgen.diag.Messages;
import org.declgen.diag.UnsafeCharacters;
import org.declgen.diff.Change;
import org.declgen.diff.DeclarationDiff;
import org.declgen.diff.FileDiff;
import org.declgen.diff.JsonReport;
import org.declgen.diff.MarkdownReport;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.pipeline.Textconv;
import org.declgen.render.OutputFormat;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.DeclarationWriter;
import org.declgen.yaml.FormFormatter;
import org.declgen.yaml.LoadedDeclaration;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Drives one damaged declaration through everything that reads a declaration, in process, and lists
 * every way it breaks an invariant:
 *
 * <ul>
 *   <li>nothing but a {@link DiagnosticException} ever leaves the loader;
 *   <li>a refusal is positioned (file-level refusals aside), in Chinese without SnakeYAML's
 *       English, and prints short and free of raw control characters;
 *   <li>what loads is written and read back the same, checks, renders with both built-in templates
 *       to a Word file whose every XML part is well-formed and a Markdown free of control
 *       characters, and diffs against the sample and itself (itself: no changes);
 *   <li>{@code fmt} gives what loads the same, changes nothing the second time, and refuses only
 *       what does not load, or (positioned) a file whose comments it cannot place;
 *   <li>textconv answers; on every {@link #CLI_EVERY}th case, {@code check}, {@code render}, {@code
 *       diff}, {@code textconv} and {@code fmt --check} run as commands exit 0, 1 or 2, never 3,
 *       and print no trace.
 * </ul>
 */
final class FuzzTarget {
  /** The commands run on one case in this many (they compile templates, so they are slow). */
  static final int CLI_EVERY = 10;

  /** Refusals about the whole file, which have no line to point at. */
  private static final Set<String> FILE_LEVEL =
      Set.of(
          "yaml.empty",
          "yaml.too-large",
          "yaml.not-text.docx",
          "yaml.not-text.xlsx",
          "yaml.not-text.zip",
          "yaml.not-text.pdf",
          "yaml.not-text.old-office",
          "yaml.not-text.utf16",
          "yaml.not-text.binary");

  private static final String SNAKEYAML_WORDS =
      "(?i).*\\b(expected|found|allowed|while|scanning|parsing|exceeded|nesting depth|aliases"
          + "|exception|null)\\b.*";

  private final Path dir;
  private final Pipeline pipeline;
  private final Declaration sample = Samples.nansha();
  private final Checker checker =
      new Checker(Messages.chinese(), CheckConfig.DEFAULTS, Frameworks.of("gz-district"));

  /** What one case came to, and how long each step took. */
  record Outcome(boolean loaded, List<String> violations, long millis) {}

  FuzzTarget(Path dir) {
    this.dir = dir;
    this.pipeline = new Pipeline(Path.of("").toAbsolutePath(), Messages.chinese());
    try {
      Files.write(dir.resolve("sample.yaml"), Files.readAllBytes(Samples.NANSHA));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Outcome run(FuzzCase c) {
    long start = System.nanoTime();
    List<String> violations = new ArrayList<>();
    boolean loaded = false;
    try {
      Optional<LoadedDeclaration> d = load(c.bytes(), violations);
      loaded = d.isPresent();
      d.ifPresent(l -> loadedInvariants(l, violations));
      format(c.bytes(), d, violations);
      textconv(c.bytes(), violations);
      if (c.number() % CLI_EVERY == 0) {
        commands(c.bytes(), violations);
      }
    } catch (RuntimeException | Error e) {
      violations.add("crash: " + e);
    }
    return new Outcome(loaded, violations, (System.nanoTime() - start) / 1_000_000);
  }

  private Optional<LoadedDeclaration> load(byte[] bytes, List<String> violations) {
    try {
      LoadedDeclaration zh = new DeclarationReader(Messages.chinese()).read("x.yaml", bytes);
      new DeclarationReader(Messages.english()).read("x.yaml", bytes);
      return Optional.of(zh);
    } catch (DiagnosticException e) {
      refusal(bytes, e.diagnostics(), violations);
      english(bytes, e.diagnostics(), violations);
      return Optional.empty();
    }
  }

  private static void refusal(byte[] bytes, List<Diagnostic> errors, List<String> violations) {
    if (errors.isEmpty()) {
      violations.add("refused without a message");
    }
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    DiagnosticFormatter formatter = new DiagnosticFormatter(Messages.chinese(), f -> lines);
    for (Diagnostic d : errors) {
      if (!d.position().hasLine() && !FILE_LEVEL.contains(d.code())) {
        violations.add("no position: " + d);
      }
      if (d.message().matches(SNAKEYAML_WORDS)
          || d.message().contains(Messages.chinese().get("yaml.problem.other"))) {
        violations.add("not in the user's language: " + d.message());
      }
      String printed = formatter.format(d);
      if (UnsafeCharacters.indexOfUnsafe(printed) >= 0) {
        violations.add("raw control character printed: " + UnsafeCharacters.escapeAll(printed));
      }
      if (printed.length() > 1_500) {
        violations.add("message of " + printed.length() + " characters");
      }
    }
  }

  private static void english(byte[] bytes, List<Diagnostic> chinese, List<String> violations) {
    try {
      new DeclarationReader(Messages.english()).read("x.yaml", bytes);
      violations.add("refused in Chinese, loaded in English");
    } catch (DiagnosticException e) {
      if (!e.diagnostics().get(0).position().equals(chinese.get(0).position())) {
        violations.add("English and Chinese disagree on where: " + e.diagnostics().get(0));
      }
    }
  }

  private void loadedInvariants(LoadedDeclaration loaded, List<String> violations) {
    Declaration d = loaded.declaration();
    roundTrip(d, violations);
    checker.check(loaded);
    for (String template : List.of("gz-district", "gd-municipal")) {
      render(d, template, violations);
    }
    diff(d, violations);
  }

  private static void roundTrip(Declaration d, List<String> violations) {
    String yaml = DeclarationWriter.write(d);
    try {
      Declaration back = Samples.parse("written.yaml", yaml).declaration();
      if (!back.equals(d)) {
        violations.add("written and read back differs");
      } else if (!DeclarationWriter.write(back).equals(yaml)) {
        violations.add("writing is not idempotent");
      }
    } catch (DiagnosticException e) {
      violations.add("written YAML does not load: " + e.diagnostics());
    }
  }

  private void render(Declaration d, String template, List<String> violations) {
    Map<OutputFormat, byte[]> out;
    try {
      out = pipeline.render(d, template, EnumSet.of(OutputFormat.DOCX, OutputFormat.MD));
    } catch (DiagnosticException e) {
      violations.add(template + " refused to render: " + e.diagnostics());
      return;
    }
    String md = new String(out.get(OutputFormat.MD), StandardCharsets.UTF_8);
    int unsafe = UnsafeCharacters.indexOfUnsafe(md);
    if (unsafe >= 0) {
      violations.add(template + " Markdown holds U+" + Integer.toHexString(md.codePointAt(unsafe)));
    }
    wellFormed(out.get(OutputFormat.DOCX), template, violations);
  }

  /** Every XML part of the Word file parses with a real XML parser. */
  static void wellFormed(byte[] docx, String what, List<String> violations) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      DocumentBuilder parser = parser();
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          try {
            parser.parse(new ByteArrayInputStream(zip.readAllBytes()));
          } catch (SAXException x) {
            violations.add(what + " " + e.getName() + " is not well-formed: " + x.getMessage());
          }
        }
      }
    } catch (IOException | ParserConfigurationException e) {
      violations.add(what + " is no zip: " + e);
    }
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new DefaultHandler());
    return b;
  }

  private void diff(Declaration d, List<String> violations) {
    List<Change> changes = DeclarationDiff.compare(sample, d);
    DeclarationDiff.compare(d, sample);
    if (!DeclarationDiff.compare(d, d).isEmpty()) {
      violations.add("diff with itself is not empty");
    }
    List<FileDiff> files = List.of(new FileDiff("sample.yaml", "x.yaml", changes));
    String report = new MarkdownReport(Messages.chinese()).write(files);
    JsonReport.write(files);
    if (UnsafeCharacters.indexOfUnsafe(report) >= 0) {
      violations.add("diff report holds a control character");
    }
  }

  /**
   * {@code fmt}: what it formats loads as the same declaration as the file, and formatting it again
   * changes nothing; what it refuses, the loader refuses too — but for a file whose comments
   * SnakeYAML cannot place (an anchor or tag followed by a comment), which fmt refuses on its own,
   * positioned, so as not to lose a comment.
   */
  private static void format(
      byte[] bytes, Optional<LoadedDeclaration> loaded, List<String> violations) {
    FormFormatter<Declaration> fmt = FormFormatter.declarations(Messages.chinese());
    try {
      byte[] formatted = fmt.format("x.yaml", bytes, "s.json").bytes();
      Declaration back =
          new DeclarationReader(Messages.chinese()).read("x.yaml", formatted).declaration();
      if (loaded.isPresent() && !back.equals(loaded.get().declaration())) {
        violations.add("fmt changed the declaration");
      }
      if (!Arrays.equals(fmt.format("x.yaml", formatted, "s.json").bytes(), formatted)) {
        violations.add("fmt is not idempotent");
      }
    } catch (DiagnosticException e) {
      boolean commentsOnly =
          e.diagnostics().stream().allMatch(d -> d.code().equals("yaml.fmt.comments"));
      if (loaded.isPresent() && !commentsOnly) {
        violations.add("fmt refused what loads: " + e.diagnostics());
      }
    }
  }

  private void textconv(byte[] bytes, List<String> violations) {
    write(bytes);
    Textconv t = pipeline.textconv(dir.resolve("x.yaml").toString(), Optional.empty());
    t.markdown()
        .filter(md -> UnsafeCharacters.indexOfUnsafe(md) >= 0)
        .ifPresent(md -> violations.add("textconv Markdown holds a control character"));
  }

  private void write(byte[] bytes) {
    try {
      Files.write(dir.resolve("x.yaml"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commands(byte[] bytes, List<String> violations) {
    write(bytes);
    command(violations, "check", "x.yaml");
    command(violations, "render", "-o", "out", "x.yaml");
    command(violations, "diff", "sample.yaml", "x.yaml");
    command(violations, "textconv", "x.yaml");
    command(violations, "fmt", "--check", "x.yaml");
  }

  private void command(List<String> violations, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), dir);
    String said = err.toString() + (args[0].equals("textconv") ? "" : out.toString());
    if (code < 0 || code > 2) {
      violations.add(args[0] + " exited " + code + ": " + clip(said));
    }
    if (said.contains("\tat ") || said.contains("Exception")) {
      violations.add(args[0] + " printed a trace: " + clip(said));
    }
    if (UnsafeCharacters.indexOfUnsafe(said) >= 0) {
      violations.add(args[0] + " printed a raw control character");
    }
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
