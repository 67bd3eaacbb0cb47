package org.declgen.template.docx.compiler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.PackageSkeleton;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.Load3;
import org.docx4j.openpackaging.io3.stores.ZipPartStore;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
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

  /** A header or footer: {@code kind} is {@code header} or {@code footer}. */
  record Margin(String kind, String entry, byte[] xml) {}

  /** The styles part: its zip entry name and its XML. */
  record Styles(String entry, byte[] xml) {}

  private final PackageProblems problems;
  private final ZipPartStore store;
  private final WordprocessingMLPackage pkg;
  private final String mainPart;

  private TemplatePackage(
      PackageProblems problems, ZipPartStore store, WordprocessingMLPackage pkg) {
    this.problems = problems;
    this.store = store;
    this.pkg = pkg;
    this.mainPart = entryName(pkg.getMainDocumentPart());
  }

  static TemplatePackage open(String name, byte[] docx, Messages messages)
      throws DiagnosticException {
    PackageProblems problems = new PackageProblems(name, messages);
    problems.refuseOtherFileTypes(docx);
    problems.refuseOversized(docx);
    ZipPartStore store;
    OpcPackage pkg;
    try {
      store = PackageProblems.quietly(() -> new ZipPartStore(new ByteArrayInputStream(docx)));
      pkg = PackageProblems.quietly(() -> new Load3(store).get());
    } catch (Exception e) {
      throw problems.unreadable(docx, e);
    }
    if (!(pkg instanceof WordprocessingMLPackage word)) {
      throw problems.notWord(pkg);
    }
    String type = word.getMainDocumentPart().getContentType();
    if (type.equals(ContentTypes.WORDPROCESSINGML_DOCUMENT_MACROENABLED)
        || type.equals(ContentTypes.WORDPROCESSINGML_TEMPLATE_MACROENABLED)) {
      throw problems.of("template.package.macro");
    }
    return new TemplatePackage(problems, store, word);
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

  /** The styles part the main document refers to, if any. */
  Optional<Styles> styles() throws DiagnosticException {
    RelationshipsPart rels = relationshipsOf(pkg.getMainDocumentPart());
    if (rels == null) {
      return Optional.empty();
    }
    for (Relationship r : relationships(rels)) {
      Part part = Namespaces.STYLES.equals(r.getType()) ? rels.getPart(r) : null;
      if (part != null && store.partExists(entryName(part))) {
        return Optional.of(new Styles(entryName(part), bytes(entryName(part))));
      }
    }
    return Optional.empty();
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
      throw problems.damaged(CONTENT_TYPES);
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
      throw problems.of("template.package.no-content-type", entry);
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
      throw problems.damaged(entry);
    }
    return rels;
  }

  private List<Relationship> relationships(RelationshipsPart rels) throws DiagnosticException {
    if (rels.getRelationships() == null) {
      throw problems.damaged(entryName(rels));
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
      throw problems.of("template.package.missing-part", entry);
    }
    return bytes.getBytes();
  }

  private static String entryName(Part part) {
    return part.getPartName().getName().substring(1);
  }
}
