package org.declgen.importer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.docx4j.openpackaging.PackageRelsUtil;
import org.docx4j.openpackaging.URIHelper;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Word package as docx4j reads it: its content types and package relationships, and through them
 * the main document part, which need not be called {@code word/document.xml}. Only what locates the
 * main part is unmarshalled; the body itself is streamed by {@link DocxGridReader}. Strict OOXML
 * names its relationships under another namespace, which docx4j does not know; they are read as
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

  private WordPackage() {}

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
    byte[] xml = require(entries, CONTENT_TYPES);
    ContentTypeManager types = new ContentTypeManager();
    try {
      types.parseContentTypesFile(new ByteArrayInputStream(xml));
    } catch (Docx4JException | RuntimeException e) {
      throw new SourceRefused("import.docx.bad-part", CONTENT_TYPES);
    }
    return types;
  }

  private static PartName mainPartName(PackageEntries entries) {
    byte[] xml = require(entries, PACKAGE_RELS);
    try {
      RelationshipsPart rels = RelationshipsPart.createPackageRels();
      rels.unmarshal(dom(transitional(xml)).getDocumentElement());
      String target = PackageRelsUtil.getNameOfMainPart(rels);
      URI resolved = URIHelper.resolvePartUri(rels.getSourceURI(), new URI(target));
      return new PartName(resolved.toString());
    } catch (Docx4JException e) {
      throw new SourceRefused("import.docx.no-main-part", PACKAGE_RELS);
    } catch (Exception e) {
      throw new SourceRefused("import.docx.bad-part", PACKAGE_RELS);
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

  /** A relationships part as DOM, for docx4j's unmarshaller (already checked by SafeXml). */
  private static Document dom(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    f.setXIncludeAware(false);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    DocumentBuilder builder = f.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler());
    return builder.parse(new ByteArrayInputStream(xml));
  }
}
