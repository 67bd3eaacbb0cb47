package org.declgen.importer;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.model.Declaration;
import org.declgen.testing.Frameworks;
import org.declgen.testing.Samples;

/** Sources for import tests, most of them the rendered sample with one thing done to it. */
final class ImportFixtures {
  static final String DOCUMENT = "word/document.xml";

  private static byte[] sample;

  private ImportFixtures() {}

  /** The sample declaration rendered with the district template. */
  static synchronized byte[] sampleDocx() {
    if (sample == null) {
      sample = render(Samples.nansha(), "gz-district");
    }
    return sample.clone();
  }

  /**
   * The sample with its pages left to the office suite: each table of the template once, as forms
   * were before declgen decided pages.
   */
  static byte[] sampleDocxInOneTablePerTemplateTable() {
    try {
      return ImportRoundTripTest.render(Samples.nansha(), "gz-district", false);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] render(Declaration d, String template) {
    try {
      return ImportRoundTripTest.render(d, template);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

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

  static String text(Map<String, byte[]> entries, String name) {
    return new String(entries.get(name), StandardCharsets.UTF_8);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The sample with its document.xml changed. */
  static byte[] sampleWithDocument(UnaryOperator<String> change) {
    return withDocument(sampleDocx(), change);
  }

  static byte[] withDocument(byte[] docx, UnaryOperator<String> change) {
    Map<String, byte[]> entries = entries(docx);
    entries.put(DOCUMENT, utf8(change.apply(text(entries, DOCUMENT))));
    return zip(entries);
  }

  /**
   * A zip in which two entries have the same name: written under two names of equal length, then
   * the second name overwritten in the local header and the central directory.
   */
  static byte[] withDuplicateEntry(Map<String, byte[]> entries, String name, byte[] second) {
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

  static ImportResult importBytes(String name, byte[] content) throws DiagnosticException {
    return new Importer(Messages.chinese(), Frameworks.builtIn()).importBytes(name, content);
  }

  /** The one error a refused source gets, in Chinese. */
  static Diagnostic refusal(String name, byte[] content) {
    return refusal(Messages.chinese(), name, content);
  }

  static Diagnostic refusal(Messages messages, String name, byte[] content) {
    DiagnosticException e =
        catchThrowableOfType(
            DiagnosticException.class,
            () -> new Importer(messages, Frameworks.builtIn()).importBytes(name, content));
    if (e == null) {
      throw new AssertionError(name + " was imported, not refused");
    }
    if (e.diagnostics().size() != 1 || !e.diagnostics().get(0).isError()) {
      throw new AssertionError("expected one error: " + e.diagnostics());
    }
    return e.diagnostics().get(0);
  }
}
