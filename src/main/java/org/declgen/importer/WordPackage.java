package org.declgen.importer;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.docx4j.openpackaging.URIHelper;
import org.docx4j.openpackaging.contenttype.CTDefault;
import org.docx4j.openpackaging.contenttype.CTOverride;
import org.docx4j.openpackaging.contenttype.CTTypes;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.relationships.Relationships;

/**
 * A Word package read with docx4j's package model: its content types (docx4j's {@link
 * ContentTypeManager}) and package relationships, and through them the main document part, which
 * need not be called {@code word/document.xml}; part names are resolved by docx4j's {@link
 * URIHelper}. The body itself is streamed by {@link DocxGridReader}.
 *
 * <p>The two parts are unmarshalled into docx4j's own classes with a JAXB context of just those two
 * packages, not through {@code OpcPackage.load}: docx4j's loader first builds its JAXB context for
 * all of WordprocessingML, DrawingML and more, which costs over a second at every start of the
 * program, for parts import never unmarshals (docs/import.md has the figures). Strict OOXML names
 * its relationship types under another namespace, which docx4j does not know; they are read as
 * their transitional equivalents.
 */
final class WordPackage {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String PACKAGE_RELS = "_rels/.rels";
  private static final String STRICT_RELATIONSHIPS =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/";
  private static final String TRANSITIONAL_RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final Set<String> WORD_MAIN_TYPES =
      Set.of(
          ContentTypes.WORDPROCESSINGML_DOCUMENT,
          ContentTypes.WORDPROCESSINGML_DOCUMENT_MACROENABLED,
          ContentTypes.WORDPROCESSINGML_TEMPLATE,
          ContentTypes.WORDPROCESSINGML_TEMPLATE_MACROENABLED);

  /** The main document part: its name in the package and its XML. */
  record MainPart(String name, byte[] xml) {}

  /** docx4j's bindings for relationships and content types, made once, when first needed. */
  private static final class PackageModel {
    static final JAXBContext CONTEXT = context();

    private static JAXBContext context() {
      try {
        return JAXBContext.newInstance(
            "org.docx4j.relationships:org.docx4j.openpackaging.contenttype",
            WordPackage.class.getClassLoader());
      } catch (JAXBException e) {
        throw new IllegalStateException("docx4j's package bindings are missing", e);
      }
    }
  }

  private WordPackage() {}

  /**
   * Starts making docx4j's package bindings on another thread, so that a command that will read a
   * Word file pays for them while it does other work (they take a few hundred milliseconds the
   * first time); whoever needs them first waits for them.
   */
  static void prepareInBackground() {
    Thread t = new Thread(() -> PackageModel.CONTEXT.getClass(), "docx4j-bindings");
    t.setDaemon(true);
    t.start();
  }

  static MainPart mainDocument(PackageEntries entries) {
    ContentTypeManager types = contentTypes(entries);
    PartName main = mainPartName(entries);
    String type = types.getContentType(main);
    if (type == null || !WORD_MAIN_TYPES.contains(type)) {
      throw PackageEntries.notWhatItSays(SourceFormat.DOCX, "import.kind.zip");
    }
    String name = main.getName().substring(1);
    byte[] xml =
        entries
            .get(name)
            .orElseThrow(() -> new SourceRefused("import.docx.missing-part", name, PACKAGE_RELS));
    return new MainPart(name, xml);
  }

  private static ContentTypeManager contentTypes(PackageEntries entries) {
    CTTypes types = unmarshal(CONTENT_TYPES, require(entries, CONTENT_TYPES), CTTypes.class);
    ContentTypeManager manager = new ContentTypeManager();
    try {
      for (Object o : types.getDefaultOrOverride()) {
        if (o instanceof CTDefault d && d.getExtension() != null) {
          manager.addDefaultContentType(d.getExtension(), d);
        } else if (o instanceof CTOverride o2 && o2.getPartName() != null) {
          manager.addOverrideContentType(new URI(o2.getPartName()), o2);
        }
      }
    } catch (URISyntaxException e) {
      throw new SourceRefused("import.docx.bad-part", CONTENT_TYPES);
    }
    return manager;
  }

  private static PartName mainPartName(PackageEntries entries) {
    byte[] xml = transitional(require(entries, PACKAGE_RELS));
    Relationships rels = unmarshal(PACKAGE_RELS, xml, Relationships.class);
    for (Relationship r : rels.getRelationship()) {
      if (Namespaces.DOCUMENT.equals(r.getType()) && r.getTarget() != null) {
        try {
          URI target = URIHelper.resolvePartUri(URIHelper.PACKAGE_ROOT_URI, new URI(r.getTarget()));
          return new PartName(target.toString());
        } catch (URISyntaxException | InvalidFormatException | RuntimeException e) {
          throw new SourceRefused("import.docx.bad-part", PACKAGE_RELS);
        }
      }
    }
    throw new SourceRefused("import.docx.no-main-part", PACKAGE_RELS);
  }

  private static <T> T unmarshal(String part, byte[] xml, Class<T> type) {
    SafeXml.check(part, xml);
    try {
      Object read =
          JAXBIntrospector.getValue(
              PackageModel.CONTEXT.createUnmarshaller().unmarshal(SafeXml.reader(part, xml)));
      if (!type.isInstance(read)) {
        throw new SourceRefused("import.docx.bad-part", part);
      }
      return type.cast(read);
    } catch (JAXBException | XMLStreamException e) {
      throw new SourceRefused("import.docx.bad-part", part);
    }
  }

  private static byte[] require(PackageEntries entries, String name) {
    return entries
        .get(name)
        .orElseThrow(
            () ->
                entries.hasFolder("word/")
                    ? new SourceRefused("import.docx.missing-package-part", name)
                    : PackageEntries.notWhatItSays(SourceFormat.DOCX, "import.kind.zip"));
  }

  private static byte[] transitional(byte[] rels) {
    String xml = new String(rels, StandardCharsets.UTF_8);
    return xml.contains(STRICT_RELATIONSHIPS)
        ? xml.replace(STRICT_RELATIONSHIPS, TRANSITIONAL_RELATIONSHIPS)
            .getBytes(StandardCharsets.UTF_8)
        : rels;
  }
}
