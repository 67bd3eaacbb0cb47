package org.declgen.importer;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /** A reader over the part's text, decoded here (see {@link #decode}). */
  static XMLStreamReader reader(String part, byte[] xml) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(new StringReader(decode(part, xml)));
  }

  /**
   * The part's text: UTF-16 when it starts with a UTF-16 byte order mark or {@code <} in UTF-16,
   * UTF-8 otherwise (what Office writes), decoded strictly here rather than by the parser, whose
   * report of a malformed byte goes to the console as well as to the caller.
   */
  static String decode(String part, byte[] xml) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(xml, 0xFE, 0xFF) || startsWith(xml, 0x00, '<')) {
      charset = StandardCharsets.UTF_16BE;
      skip = xml[0] == 0 ? 0 : 2;
    } else if (startsWith(xml, 0xFF, 0xFE) || startsWith(xml, '<', 0x00)) {
      charset = StandardCharsets.UTF_16LE;
      skip = xml[1] == 0 ? 0 : 2;
    } else if (startsWith(xml, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(xml, skip, xml.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SourceRefused("import.xml-encoding", part, charset.name());
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the part through once; refuses it, naming it, unless it is plain well-formed XML. */
  static void check(String part, byte[] xml) {
    try {
      XMLStreamReader r = reader(part, xml);
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
