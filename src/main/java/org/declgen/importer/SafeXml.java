package org.declgen.importer;

import java.io.ByteArrayInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML from a package, read as a stream by the JDK's own parser with DTDs and external entities off;
 * {@link #check} refuses a part that declares a DTD, is not well-formed, or nests too deep, before
 * any library sees it.
 */
final class SafeXml {
  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** Reads the part through once; refuses it, naming it, unless it is plain well-formed XML. */
  static void check(String part, byte[] xml) {
    try {
      XMLStreamReader r = reader(xml);
      int depth = 0;
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION ->
              throw new SourceRefused("import.doctype", part);
          case XMLStreamConstants.START_ELEMENT -> {
            if (++depth > ImportLimits.MAX_XML_DEPTH) {
              throw new SourceRefused("import.xml-too-deep", part, ImportLimits.MAX_XML_DEPTH);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw badXml(part, e);
    }
  }

  /** The refusal for a part that is not well-formed, with where the parser stopped. */
  static SourceRefused badXml(String part, XMLStreamException e) {
    Location at = e.getLocation();
    return at == null || at.getLineNumber() < 1
        ? new SourceRefused("import.bad-xml", part)
        : new SourceRefused(
            "import.bad-xml-at", part, at.getLineNumber(), Math.max(1, at.getColumnNumber()));
  }
}
