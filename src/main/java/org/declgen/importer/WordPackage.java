package org.declgen.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docx4j.openpackaging.URIHelper;
import org.docx4j.openpackaging.contenttype.CTDefault;
import org.docx4j.openpackaging.contenttype.CTOverride;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;

/**
 * A Word package read with docx4j's package model: its content types (docx4j's {@link
 * ContentTypeManager}) and package relationships, and through them the main document part, which
 * need not be called {@code word/document.xml}; part names are resolved by docx4j's {@link
 * URIHelper}. The body itself is streamed by {@link DocxGridReader}.
 *
 * <p>The two small parts are streamed into docx4j's own types ({@link CTDefault}, {@link
 * CTOverride}, {@link Relationship}), as JAXB would unmarshal them, but without a JAXB context:
 * docx4j's loader first builds one for all of WordprocessingML, DrawingML and more (over a second
 * at every start of the program), and even one of just these two packages costs 0.2–0.4 s at the
 * start of every {@code textconv} of a Word file, which git runs once per file and revision
 * (docs/import.md and docs/performance.md have the figures). Strict OOXML names its relationship
 * types under another namespace, which docx4j does not know; they are read as their transitional
 * equivalents.
 */
final class WordPackage {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String PACKAGE_RELS = "_rels/.rels";
  private static final String CONTENT_TYPES_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
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
    ContentTypeManager manager = new ContentTypeManager();
    try {
      for (Object o :
          children(CONTENT_TYPES, require(entries, CONTENT_TYPES), CONTENT_TYPES_NS, "Types")) {
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
    for (Object o : children(PACKAGE_RELS, xml, RELATIONSHIPS_NS, "Relationships")) {
      if (o instanceof Relationship r
          && Namespaces.DOCUMENT.equals(r.getType())
          && r.getTarget() != null) {
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

  /**
   * The entries of a part whose root is {@code root} in namespace {@code ns} (a {@code Types} or
   * {@code Relationships} part), in order, as docx4j's types; elements of other names or namespaces
   * are skipped, as JAXB skips them. A part of another root is refused.
   */
  private static List<Object> children(String part, byte[] xml, String ns, String root) {
    SafeXml.check(part, xml);
    List<Object> result = new ArrayList<>();
    try {
      XMLStreamReader r = SafeXml.reader(part, xml);
      r.nextTag();
      if (!ns.equals(r.getNamespaceURI()) || !root.equals(r.getLocalName())) {
        throw new SourceRefused("import.docx.bad-part", part);
      }
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (depth++ == 1 && ns.equals(r.getNamespaceURI())) {
            Object entry = entry(r);
            if (entry != null) {
              result.add(entry);
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new SourceRefused("import.docx.bad-part", part);
    }
    return result;
  }

  private static Object entry(XMLStreamReader r) {
    switch (r.getLocalName()) {
      case "Default" -> {
        CTDefault d = new CTDefault();
        d.setExtension(r.getAttributeValue(null, "Extension"));
        d.setContentType(r.getAttributeValue(null, "ContentType"));
        return d;
      }
      case "Override" -> {
        CTOverride o = new CTOverride();
        o.setPartName(r.getAttributeValue(null, "PartName"));
        o.setContentType(r.getAttributeValue(null, "ContentType"));
        return o;
      }
      case "Relationship" -> {
        Relationship rel = new Relationship();
        rel.setId(r.getAttributeValue(null, "Id"));
        rel.setType(r.getAttributeValue(null, "Type"));
        rel.setTarget(r.getAttributeValue(null, "Target"));
        return rel;
      }
      default -> {
        return null;
      }
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
