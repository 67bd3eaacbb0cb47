package org.declgen.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.IndicatorFramework;
import org.declgen.internal.ZipArchive;

/**
 * Reads a filled form — Word (.docx), Excel (.xlsx) or converter Markdown (.md, .txt) — into a
 * declaration. Files that are not what their name says, encrypted or old binary Office files, zip
 * bombs and XML with a DOCTYPE are refused with a diagnostic; nothing of theirs is parsed.
 */
public final class Importer {
  /** Filled forms are well under a megabyte; anything this large is not one. */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final Messages messages;
  private final FormLabels labels;

  /**
   * An importer that knows the 一级 and 二级 labels of {@code frameworks}: those of every template the
   * source may have been printed with.
   */
  public Importer(Messages messages, Collection<IndicatorFramework> frameworks) {
    this.messages = messages;
    this.labels = new FormLabels(frameworks);
  }

  public ImportResult importFile(Path file) throws DiagnosticException, IOException {
    return importFile(file, file.toString());
  }

  /** Imports a file; {@code name} is how messages name it (e.g. relative to the user's folder). */
  public ImportResult importFile(Path file, String name) throws DiagnosticException, IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw refuse(name, "import.too-large", Files.size(file) / 1024 / 1024, MAX_FILE_BYTES >> 20);
    }
    return importBytes(name, Files.readAllBytes(file));
  }

  /** Imports a file's content; the name decides the expected format and names the source. */
  public ImportResult importBytes(String name, byte[] content) throws DiagnosticException {
    SourceFormat format =
        SourceFormat.byName(name)
            .orElseThrow(
                () ->
                    refuse(
                        name,
                        "import.unsupported-extension",
                        name.replaceFirst(".*?(\\.[^./\\\\]*)?$", "$1")));
    if (startsWith(content, OLE2)) {
      throw refuse(name, "import.ole2", format.display);
    }
    return switch (format) {
      case MARKDOWN -> fromMarkdown(name, content);
      case DOCX, XLSX -> fromPackage(name, content, format);
    };
  }

  private ImportResult fromMarkdown(String name, byte[] content) throws DiagnosticException {
    if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
      throw refuse(
          name,
          "import.not-what-it-says",
          SourceFormat.MARKDOWN.display,
          messages.get("import.kind.zip"));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw refuse(name, "import.not-utf8");
    }
    if (text.indexOf('\0') >= 0) {
      throw refuse(
          name,
          "import.not-what-it-says",
          SourceFormat.MARKDOWN.display,
          messages.get("import.kind.binary"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    ConverterRepair.Result repaired = ConverterRepair.repair(MarkdownGridReader.read(text), labels);
    List<Diagnostic> notes = new ArrayList<>();
    for (ConverterRepair.Note n : repaired.notes()) {
      notes.add(
          Diagnostic.warning(
              SourcePosition.ofFile(name),
              "import.repaired",
              messages.get(n.key(), n.row(), CellText.quote(n.text())),
              ""));
    }
    return recognize(repaired.grid(), repaired.dropped(), name, notes);
  }

  private ImportResult fromPackage(String name, byte[] content, SourceFormat format)
      throws DiagnosticException {
    Map<String, byte[]> entries = unzip(name, content, format);
    SourceFormat actual =
        entries.containsKey("word/document.xml")
            ? SourceFormat.DOCX
            : entries.containsKey("xl/workbook.xml") ? SourceFormat.XLSX : null;
    if (actual != format) {
      throw refuse(
          name,
          "import.not-what-it-says",
          format.display,
          actual == null ? messages.get("import.kind.zip") : actual.display);
    }
    refuseDoctypes(name, entries);
    try {
      Grid grid =
          format == SourceFormat.DOCX
              ? DocxGridReader.read(entries.get("word/document.xml"))
              : XlsxGridReader.read(content);
      return recognize(grid, Set.of(), name, List.of());
    } catch (IOException | RuntimeException e) {
      throw refuse(name, "import.unreadable", format.display, String.valueOf(e.getMessage()));
    }
  }

  private Map<String, byte[]> unzip(String name, byte[] content, SourceFormat format)
      throws DiagnosticException {
    try {
      return ZipArchive.read(content);
    } catch (ZipArchive.RefusedException e) {
      if (e.getMessage().equals("not-zip")) {
        throw refuse(
            name, "import.not-what-it-says", format.display, messages.get("import.kind.other"));
      }
      throw refuse(name, "import.zip-refused", messages.get("import.zip." + e.getMessage()));
    } catch (IOException e) {
      throw refuse(
          name, "import.not-what-it-says", format.display, messages.get("import.kind.broken-zip"));
    }
  }

  /** No part of a document may declare a DTD: that is how external entities get in. */
  private void refuseDoctypes(String name, Map<String, byte[]> entries) throws DiagnosticException {
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String entry = e.getKey().toLowerCase(Locale.ROOT);
      if (!entry.endsWith(".xml") && !entry.endsWith(".rels")) {
        continue;
      }
      String head = new String(e.getValue(), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
      String utf16 = new String(e.getValue(), StandardCharsets.UTF_16LE).toUpperCase(Locale.ROOT);
      if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY") || utf16.contains("<!DOCTYPE")) {
        throw refuse(name, "import.doctype", e.getKey());
      }
    }
  }

  private ImportResult recognize(
      Grid grid, Set<Cell> accounted, String name, List<Diagnostic> notes) {
    ImportResult result = new FormRecognizer(grid, accounted, name, messages).recognize();
    List<Diagnostic> all = new ArrayList<>(notes);
    all.addAll(result.diagnostics());
    return new ImportResult(result.declaration(), all);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private DiagnosticException refuse(String name, String key, Object... args) {
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(name),
            key,
            messages.get(key, args),
            messages.get(key + ".hint")));
  }
}
