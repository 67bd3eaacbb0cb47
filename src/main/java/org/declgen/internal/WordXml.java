package org.declgen.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** WordprocessingML names and safe DOM parsing (no DTDs, no external entities). */
public final class WordXml {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * The name (followed by a number) of the hidden bookmark declgen puts in a table row that goes on
   * with the row above it on a new page: the parts of a row taller than a page. Reading a form
   * back, the parts are one row again.
   */
  public static final String CONTINUED_ROW = "_DgContinued";

  /**
   * The name (followed by a number) of the hidden bookmark at the start of a paragraph that goes on
   * with the last paragraph of the same cell in the row part above (a paragraph split between two
   * pages): reading back, the two are one paragraph.
   */
  public static final String JOINED_PARAGRAPH = "_DgJoined";

  private WordXml() {}

  public static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("bad-xml: " + e.getMessage(), e);
    }
  }

  public static String serialize(Node node, boolean declaration) {
    try {
      TransformerFactory tf = TransformerFactory.newDefaultInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, declaration ? "no" : "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      if (node instanceof Document d) {
        d.setXmlStandalone(true);
      }
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("XML serialisation failed", e);
    }
  }

  public static boolean is(Node node, String localName) {
    return node instanceof Element e
        && W.equals(e.getNamespaceURI())
        && localName.equals(e.getLocalName());
  }

  /** The nearest ancestor (not the node itself) with this WordprocessingML name, or null. */
  public static Element ancestor(Node node, String localName) {
    for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
      if (is(n, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  public static List<Element> children(Element parent, String localName) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, localName)) {
        result.add((Element) n);
      }
    }
    return result;
  }

  public static Element firstChild(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  public static List<Element> descendants(Node root, String localName) {
    List<Element> result = new ArrayList<>();
    var list =
        root instanceof Document d
            ? d.getElementsByTagNameNS(W, localName)
            : ((Element) root).getElementsByTagNameNS(W, localName);
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  /** The visible text of a paragraph or cell: its {@code w:t} contents, tabs as spaces. */
  public static String text(Element element) {
    StringBuilder sb = new StringBuilder();
    for (Element t : descendants(element, "t")) {
      sb.append(t.getTextContent());
    }
    return sb.toString();
  }

  public static Element create(Document doc, String localName) {
    return doc.createElementNS(W, "w:" + localName);
  }
}
