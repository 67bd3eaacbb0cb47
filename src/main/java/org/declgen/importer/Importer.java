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
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.IndicatorFramework;

/**
 * Reads a filled form — Word (.docx), Excel (.xlsx) or converter Markdown (.md, .txt) — into a
 * declaration. Files that are not what their name says, encrypted or old binary Office files, zip
 * bombs and XML with a DOCTYPE are refused with a diagnostic; nothing of theirs is parsed. Every
 * source is read within {@link ImportLimits}, and one in which no form is recognised is refused.
 */
public final class Importer {
  /** Filled forms are well under a megabyte; anything this large is not one. */
  public static final long MAX_FILE_BYTES = ImportLimits.MAX_FILE_BYTES;

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
      throw tooLarge(name, Files.size(file));
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
                        SourceRefused.Text.of(
                            "import.unsupported-extension",
                            name.replaceFirst(".*?(\\.[^./\\\\]*)?$", "$1"))));
    if (content.length > MAX_FILE_BYTES) {
      throw tooLarge(name, content.length);
    }
    if (startsWith(content, OLE2)) {
      throw refuse(name, SourceRefused.Text.of("import.ole2", format.display));
    }
    try {
      return switch (format) {
        case MARKDOWN -> fromMarkdown(name, content);
        case DOCX -> fromDocx(name, content);
        case XLSX -> fromXlsx(name, content);
      };
    } catch (SourceRefused e) {
      throw refuse(name, e.text());
    }
  }

  private ImportResult fromMarkdown(String name, byte[] content) {
    if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
      throw PackageEntries.notWhatItSays(SourceFormat.MARKDOWN, "import.kind.zip");
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
      throw new SourceRefused("import.not-utf8");
    }
    if (text.indexOf('\0') >= 0) {
      throw PackageEntries.notWhatItSays(SourceFormat.MARKDOWN, "import.kind.binary");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    MarkdownGridReader.Read read = MarkdownGridReader.read(text);
    ConverterRepair.Result repaired = ConverterRepair.repair(read.grid(), labels);
    List<ConverterRepair.Note> all = new ArrayList<>(read.notes());
    all.addAll(repaired.notes());
    List<Diagnostic> notes = new ArrayList<>();
    for (ConverterRepair.Note n : all) {
      notes.add(
          Diagnostic.warning(
              SourcePosition.ofFile(name),
              "import.repaired",
              messages.get(n.key(), n.row(), CellText.quote(n.text())),
              ""));
    }
    return recognize(repaired.grid(), repaired.dropped(), name, notes);
  }

  private ImportResult fromDocx(String name, byte[] content) {
    PackageEntries entries = PackageEntries.read(content, SourceFormat.DOCX);
    if (entries.hasFolder("xl/") && !entries.hasFolder("word/")) {
      throw PackageEntries.notWhatItSays(SourceFormat.DOCX, "import.kind.xlsx");
    }
    WordPackage.MainPart main = WordPackage.mainDocument(entries);
    if (main.xml().length > ImportLimits.MAX_CONTENT_XML_BYTES) {
      throw new SourceRefused(
          "import.docx.content-too-large",
          main.name(),
          main.xml().length >> 20,
          ImportLimits.MAX_CONTENT_XML_BYTES >> 20);
    }
    return recognize(DocxGridReader.read(main.name(), main.xml()), Set.of(), name, List.of());
  }

  private ImportResult fromXlsx(String name, byte[] content) {
    PackageEntries entries = PackageEntries.read(content, SourceFormat.XLSX);
    if (!entries.hasFolder("xl/")) {
      throw PackageEntries.notWhatItSays(
          SourceFormat.XLSX, entries.hasFolder("word/") ? "import.kind.docx" : "import.kind.zip");
    }
    FormSheets.Joined sheets =
        FormSheets.join(XlsxGridReader.read(content, entries), name, messages);
    return recognize(sheets.grid(), Set.of(), name, sheets.notes());
  }

  private ImportResult recognize(
      Grid grid, Set<Cell> accounted, String name, List<Diagnostic> notes) {
    FormPresence.require(grid);
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

  private DiagnosticException tooLarge(String name, long size) {
    return refuse(
        name, SourceRefused.Text.of("import.too-large", size / 1024 / 1024, MAX_FILE_BYTES >> 20));
  }

  private DiagnosticException refuse(String name, SourceRefused.Text text) {
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(name),
            text.key(),
            text.in(messages),
            messages.get(text.key() + ".hint")));
  }
}
