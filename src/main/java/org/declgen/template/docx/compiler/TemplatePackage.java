package org.declgen.template.docx.compiler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.PackageSkeleton;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.Load3;
import org.docx4j.openpackaging.io3.stores.ZipPartStore;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.docx4j.relationships.Relationship;

/**
 * A Word template's package, opened and checked with docx4j: the main document part (found through
 * the package relationships, whatever its name), its headers and footers, and the skeleton every
 * output package is assembled from — each part the relationships reach, with its bytes exactly as
 * the template holds them, so only the main document changes when a form is filled.
 *
 * <p>Strict Open XML, macro-enabled documents, legacy or password-protected files and packages of
 * other Office programs are refused with a message that says how to save the template instead.
 */
final class TemplatePackage {
  private static final String CONTENT_TYPES = ContentTypeManager.CONTENT_TYPES_PART_NAME;
  private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
  private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/";
  private static final Object STDERR = new Object();

  /** A header or footer: {@code kind} is {@code header} or {@code footer}. */
  record Margin(String kind, String entry, byte[] xml) {}

  private final String name;
  private final Messages messages;
  private final ZipPartStore store;
  private final WordprocessingMLPackage pkg;
  private final String mainPart;

  private TemplatePackage(
      String name, Messages messages, ZipPartStore store, WordprocessingMLPackage pkg) {
    this.name = name;
    this.messages = messages;
    this.store = store;
    this.pkg = pkg;
    this.mainPart = entryName(pkg.getMainDocumentPart());
  }

  static TemplatePackage open(String name, byte[] docx, Messages messages)
      throws DiagnosticException {
    Refusal refusal = new Refusal(name, messages);
    refuseOtherFileTypes(docx, refusal);
    ZipPartStore store;
    OpcPackage pkg;
    try {
      store = quietly(() -> new ZipPartStore(new ByteArrayInputStream(docx)));
      pkg = quietly(() -> new Load3(store).get());
    } catch (Exception e) {
      throw unreadable(docx, e, refusal);
    }
    if (!(pkg instanceof WordprocessingMLPackage word)) {
      throw refusal.of("template.package.not-word", kindOf(pkg, messages));
    }
    String type = word.getMainDocumentPart().getContentType();
    if (type.equals(ContentTypes.WORDPROCESSINGML_DOCUMENT_MACROENABLED)
        || type.equals(ContentTypes.WORDPROCESSINGML_TEMPLATE_MACROENABLED)) {
      throw refusal.of("template.package.macro");
    }
    return new TemplatePackage(name, messages, store, word);
  }

  /** The zip entry name of the main document part, e.g. {@code word/document.xml}. */
  String mainPartName() {
    return mainPart;
  }

  byte[] mainPart() throws DiagnosticException {
    return bytes(mainPart);
  }

  /** The headers and footers the main document refers to, in the order it refers to them. */
  List<Margin> headersAndFooters() throws DiagnosticException {
    List<Margin> margins = new ArrayList<>();
    RelationshipsPart rels = relationshipsOf(pkg.getMainDocumentPart());
    if (rels == null) {
      return margins;
    }
    for (Relationship r : relationships(rels)) {
      String kind =
          Namespaces.HEADER.equals(r.getType())
              ? "header"
              : Namespaces.FOOTER.equals(r.getType()) ? "footer" : null;
      Part part = kind == null ? null : rels.getPart(r);
      if (part != null) {
        margins.add(new Margin(kind, entryName(part), bytes(entryName(part))));
      }
    }
    return margins;
  }

  /**
   * The parts of every output package other than the main document, in the order they are written:
   * the content types first, then (after the main document) each part in the order the
   * relationships reach it, each followed by its own relationships.
   */
  PackageSkeleton skeleton() throws DiagnosticException {
    Set<String> written = new HashSet<>(Set.of(CONTENT_TYPES, mainPart));
    List<PackageSkeleton.Part> after = new ArrayList<>();
    after.add(part(PACKAGE_RELATIONSHIPS));
    written.add(PACKAGE_RELATIONSHIPS);
    walk(pkg.getRelationshipsPart(), written, new HashSet<>(), after);
    addOverriddenParts(written, after);
    for (PackageSkeleton.Part p : after) {
      requireContentType(p.name());
    }
    return new PackageSkeleton(List.of(contentTypes()), mainPart, after);
  }

  private void walk(
      RelationshipsPart rels,
      Set<String> written,
      Set<String> walked,
      List<PackageSkeleton.Part> out)
      throws DiagnosticException {
    for (Relationship r : relationships(rels)) {
      Part target = "External".equals(r.getTargetMode()) ? null : rels.getPart(r);
      if (target == null || !walked.add(entryName(target))) {
        continue;
      }
      String entry = entryName(target);
      if (written.add(entry)) {
        out.add(part(entry));
      }
      RelationshipsPart own = relationshipsOf(target);
      if (own != null && written.add(entryName(own))) {
        out.add(part(entryName(own)));
        walk(own, written, walked, out);
      }
    }
  }

  /** Parts nothing refers to but the content types name: kept, so no override points nowhere. */
  private void addOverriddenParts(Set<String> written, List<PackageSkeleton.Part> out)
      throws DiagnosticException {
    for (URI uri : pkg.getContentTypeManager().getOverrideContentType().keySet()) {
      String entry = uri.getPath().substring(1);
      if (store.partExists(entry) && written.add(entry)) {
        out.add(part(entry));
      }
    }
  }

  /**
   * The content types as the template has them; a Word template (.dotx) saved under a .docx name
   * gets its main part declared a document, so the output opens as one.
   */
  private PackageSkeleton.Part contentTypes() throws DiagnosticException {
    ContentTypeManager types = pkg.getContentTypeManager();
    if (!ContentTypes.WORDPROCESSINGML_TEMPLATE.equals(
        pkg.getMainDocumentPart().getContentType())) {
      return part(CONTENT_TYPES);
    }
    try {
      types.addOverrideContentType(
          pkg.getMainDocumentPart().getPartName(), ContentTypes.WORDPROCESSINGML_DOCUMENT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      types.marshal(out);
      return new PackageSkeleton.Part(CONTENT_TYPES, out.toByteArray());
    } catch (Exception e) {
      throw new Refusal(name, messages).damaged(CONTENT_TYPES);
    }
  }

  private void requireContentType(String entry) throws DiagnosticException {
    String type;
    try {
      type = pkg.getContentTypeManager().getContentType(new PartName("/" + entry));
    } catch (Docx4JException | RuntimeException e) {
      type = null;
    }
    if (type == null) {
      throw new Refusal(name, messages).of("template.package.no-content-type", entry);
    }
  }

  /**
   * The part's own relationships, or null when it has none. docx4j carries on past a relationships
   * part it cannot read (dropping it, or reading what it can), which would lose parts silently, so
   * one that is not well-formed XML is refused here.
   */
  private RelationshipsPart relationshipsOf(Part part) throws DiagnosticException {
    String entry = PartName.getRelationshipsPartName(entryName(part));
    if (!store.partExists(entry)) {
      return null;
    }
    RelationshipsPart rels = part.getRelationshipsPart(false);
    try {
      WordXml.parse(bytes(entry));
    } catch (IOException e) {
      rels = null;
    }
    if (rels == null || rels.getRelationships() == null) {
      throw new Refusal(name, messages).damaged(entry);
    }
    return rels;
  }

  private List<Relationship> relationships(RelationshipsPart rels) throws DiagnosticException {
    if (rels.getRelationships() == null) {
      throw new Refusal(name, messages).damaged(entryName(rels));
    }
    return rels.getRelationships().getRelationship();
  }

  private PackageSkeleton.Part part(String entry) throws DiagnosticException {
    return new PackageSkeleton.Part(entry, bytes(entry));
  }

  private byte[] bytes(String entry) throws DiagnosticException {
    ZipPartStore.ByteArray bytes;
    try {
      bytes = store.getByteArray(entry);
    } catch (Docx4JException e) {
      bytes = null;
    }
    if (bytes == null) {
      throw new Refusal(name, messages).of("template.package.missing-part", entry);
    }
    return bytes.getBytes();
  }

  private static String entryName(Part part) {
    return part.getPartName().getName().substring(1);
  }

  /** Files that are not zip packages at all: a legacy .doc, a password-protected .docx, others. */
  private static void refuseOtherFileTypes(byte[] docx, Refusal refusal)
      throws DiagnosticException {
    if (POIFSFileSystem.hasPOIFSHeader(docx)) {
      throw refusal.of(isEncrypted(docx) ? "template.package.encrypted" : "template.package.doc");
    }
    if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
      throw refusal.of("template.package.not-zip");
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
  private static DiagnosticException unreadable(byte[] docx, Exception e, Refusal refusal) {
    if (isStrict(docx)) {
      return refusal.of("template.package.strict");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return refusal.of("template.package.damaged", detail);
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

  private static String kindOf(OpcPackage pkg, Messages messages) {
    String kind =
        pkg instanceof SpreadsheetMLPackage
            ? "excel"
            : pkg instanceof PresentationMLPackage ? "powerpoint" : "other";
    return messages.get("template.package.kind." + kind);
  }

  /** A call into docx4j. */
  private interface Docx4jCall<T> {
    T call() throws Exception;
  }

  /**
   * Runs docx4j with {@code System.err} silenced: on a damaged part it prints a stack trace of its
   * own before carrying on or failing, and the diagnostic declgen raises says it better.
   */
  private static <T> T quietly(Docx4jCall<T> call) throws Exception {
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

  /** The diagnostic for a package declgen cannot use. */
  private record Refusal(String name, Messages messages) {
    DiagnosticException of(String reasonKey, Object... args) {
      return new DiagnosticException(
          Diagnostic.error(
              SourcePosition.ofFile(name),
              "template.not-docx",
              messages.get("template.not-docx", messages.get(reasonKey, args)),
              messages.get(reasonKey + ".hint")));
    }

    DiagnosticException damaged(String entry) {
      return of("template.package.damaged", messages.get("template.package.unreadable", entry));
    }
  }
}
