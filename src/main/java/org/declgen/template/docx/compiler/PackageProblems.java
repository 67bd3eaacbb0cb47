package org.declgen.template.docx.compiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.zip.ZipInputStream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.docx4j.openpackaging.io3.stores.ZipPartStore;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Why a template's package cannot be used, told as someone who saves files in Word would need it (a
 * legacy .doc, a password, Strict Open XML, another Office program, a damaged part), each with what
 * to do instead. Every problem is reported under one code, {@code template.not-docx}.
 */
final class PackageProblems {
  private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
  private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/";
  private static final Object STDERR = new Object();
  private static final int MAX_PARTS = 2_000;
  private static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

  private final String name;
  private final Messages messages;

  PackageProblems(String name, Messages messages) {
    this.name = name;
    this.messages = messages;
  }

  /** The package is refused for the reason the message key names; its hint says what to do. */
  DiagnosticException of(String reasonKey, Object... args) {
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(name),
            "template.not-docx",
            messages.get("template.not-docx", messages.get(reasonKey, args)),
            messages.get(reasonKey + ".hint")));
  }

  /** A part that cannot be read. */
  DiagnosticException damaged(String entry) {
    return of("template.package.damaged", messages.get("template.package.unreadable", entry));
  }

  /** Files that are not zip packages at all: a legacy .doc, a password-protected .docx, others. */
  void refuseOtherFileTypes(byte[] docx) throws DiagnosticException {
    if (docx.length >= 8 && POIFSFileSystem.hasPOIFSHeader(docx)) {
      throw of(isEncrypted(docx) ? "template.package.encrypted" : "template.package.doc");
    }
    if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
      throw of("template.package.not-zip");
    }
  }

  /**
   * A zip that would expand beyond what any Word template holds (a "zip bomb") is refused before
   * docx4j unpacks it, which it does into memory without a limit of its own.
   */
  void refuseOversized(byte[] docx) throws DiagnosticException {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[16384];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      while (in.getNextEntry() != null) {
        if (++entries > MAX_PARTS) {
          throw of("template.package.too-large");
        }
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
          if (total > MAX_UNPACKED_BYTES) {
            throw of("template.package.too-large");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // a zip java.util.zip cannot read is docx4j's to judge and to name
    }
  }

  private static boolean isEncrypted(byte[] compound) {
    try (InputStream in = new ByteArrayInputStream(compound)) {
      return new POIFSFileSystem(in).getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Why docx4j could not load the package, in the words of someone who saves files in Word. */
  DiagnosticException unreadable(byte[] docx, Exception e) {
    if (isStrict(docx)) {
      return of("template.package.strict");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return of("template.package.damaged", detail);
  }

  /** True when the package relationships are those of Strict Open XML (ISO/IEC 29500 Strict). */
  private static boolean isStrict(byte[] docx) {
    try {
      ZipPartStore store = quietly(() -> new ZipPartStore(new ByteArrayInputStream(docx)));
      RelationshipsPart rels = RelationshipsPart.createPackageRels();
      try (InputStream in = store.loadPart(PACKAGE_RELATIONSHIPS)) {
        quietly(() -> rels.unmarshal(in));
      }
      return rels.getRelationships() != null
          && rels.getRelationships().getRelationship().stream()
              .anyMatch(r -> r.getType().startsWith(STRICT_RELATIONSHIPS));
    } catch (Exception e) {
      return false;
    }
  }

  /** A package of another Office program. */
  DiagnosticException notWord(OpcPackage pkg) {
    String kind =
        pkg instanceof SpreadsheetMLPackage
            ? "excel"
            : pkg instanceof PresentationMLPackage ? "powerpoint" : "other";
    return of("template.package.not-word", messages.get("template.package.kind." + kind));
  }

  /** A call into docx4j. */
  interface Docx4jCall<T> {
    T call() throws Exception;
  }

  /**
   * Runs docx4j with {@code System.err} silenced: on a damaged part it prints a stack trace of its
   * own before carrying on or failing, and the diagnostic declgen raises says it better.
   */
  static <T> T quietly(Docx4jCall<T> call) throws Exception {
    synchronized (STDERR) {
      PrintStream err = System.err;
      System.setErr(new PrintStream(OutputStream.nullOutputStream()));
      try {
        return call.call();
      } finally {
        System.setErr(err);
      }
    }
  }
}
