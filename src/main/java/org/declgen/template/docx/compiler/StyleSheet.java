package org.declgen.template.docx.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declgen.internal.WordXml;
import org.declgen.template.docx.layout.TextLook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A template's styles part, read for what page layout needs: the look of a paragraph (type size,
 * line height, spacing, indents) from the document defaults, the table's style, the paragraph's
 * style and its runs' character styles, and its own direct formatting, in that order of precedence,
 * each property on its own; and a table's cell margins and rules.
 */
final class StyleSheet {
  /** Points per twip. */
  static final double TWIP = 1 / 20.0;

  /**
   * A single-spaced line as tall as office suites set it with CJK fonts (LibreOffice with Noto CJK
   * 1.45 em; Word with 仿宋 about 1.3): the larger, so a page is never filled past its end.
   */
  private static final double SINGLE_LINE = 1.45;

  /** Word's type size when no style names one (ECMA-376 {@code w:sz}). */
  private static final double DEFAULT_SIZE = 10;

  /** Word's default cell margins: 0 above and below, 108 twips (5.4 pt) left and right. */
  private static final double[] DEFAULT_MARGINS = {0, 108 * TWIP, 0, 108 * TWIP};

  private final Map<String, Element> styles = new HashMap<>();
  private final Element defaultParagraph;
  private final Element defaultRun;
  private String defaultParagraphStyle;
  private String defaultTableStyle;
  private final double gridPitch;

  private StyleSheet(Document stylesPart, double gridPitch) {
    this.gridPitch = gridPitch;
    Element defaults =
        stylesPart == null ? null : child(stylesPart.getDocumentElement(), "docDefaults");
    this.defaultParagraph = path(defaults, "pPrDefault", "pPr");
    this.defaultRun = path(defaults, "rPrDefault", "rPr");
    if (stylesPart == null) {
      return;
    }
    for (Element s : WordXml.children(stylesPart.getDocumentElement(), "style")) {
      String id = s.getAttributeNS(WordXml.W, "styleId");
      styles.putIfAbsent(id, s);
      String flag = attribute(s, "default");
      boolean isDefault = flag != null && on(flag);
      String type = s.getAttributeNS(WordXml.W, "type");
      if (isDefault && type.equals("paragraph") && defaultParagraphStyle == null) {
        defaultParagraphStyle = id;
      } else if (isDefault && type.equals("table") && defaultTableStyle == null) {
        defaultTableStyle = id;
      }
    }
  }

  /**
   * The styles of a template.
   *
   * @param stylesPart the styles part's XML, or null when the package has none
   * @param section the body's section properties (for the document grid), or null
   */
  static StyleSheet of(byte[] stylesPart, Element section) throws IOException {
    Element grid = child(section, "docGrid");
    double pitch = 0;
    if (grid != null) {
      String type = grid.getAttributeNS(WordXml.W, "type");
      if (type.equals("lines") || type.equals("linesAndChars")) {
        pitch = number(grid.getAttributeNS(WordXml.W, "linePitch")) * TWIP;
      }
    }
    return new StyleSheet(stylesPart == null ? null : WordXml.parse(stylesPart), pitch);
  }

  /**
   * The look of a paragraph: its type size is the largest of the runs given (the paragraph's own
   * when there are none).
   *
   * @param tableStyle the style of the table the paragraph is in, or null
   */
  TextLook look(Element paragraph, List<Element> runs, String tableStyle) {
    Element pPr = child(paragraph, "pPr");
    List<Element> paragraphChain = new ArrayList<>();
    paragraphChain.add(defaultParagraph);
    List<Element> runChain = new ArrayList<>();
    runChain.add(defaultRun);
    for (Element style : chain(tableStyle == null ? defaultTableStyle : tableStyle)) {
      paragraphChain.add(child(style, "pPr"));
      runChain.add(child(style, "rPr"));
    }
    String styleId = attribute(child(pPr, "pStyle"), "val");
    for (Element style : chain(styleId == null ? defaultParagraphStyle : styleId)) {
      paragraphChain.add(child(style, "pPr"));
      runChain.add(child(style, "rPr"));
    }
    paragraphChain.add(pPr);
    double size = runs.isEmpty() ? size(runChain, child(pPr, "rPr")) : 0;
    for (Element run : runs) {
      size = Math.max(size, size(runChain, child(run, "rPr")));
    }
    return look(paragraphChain, size);
  }

  private TextLook look(List<Element> chain, double size) {
    String line = last(chain, "spacing", "line");
    String rule = last(chain, "spacing", "lineRule");
    double natural = size * SINGLE_LINE;
    double lineHeight;
    if ("exact".equals(rule) && line != null) {
      lineHeight = Math.abs(number(line)) * TWIP;
    } else if ("atLeast".equals(rule) && line != null) {
      lineHeight = snapped(Math.max(number(line) * TWIP, natural), chain);
    } else {
      lineHeight = snapped(natural * (line == null ? 1 : number(line) / 240), chain);
    }
    lineHeight = Math.max(lineHeight, 0.1);
    double before = spacing(chain, "before", lineHeight);
    double after = spacing(chain, "after", lineHeight);
    double left = indent(chain, size, "left", "start");
    double right = indent(chain, size, "right", "end");
    double firstLine = indent(chain, size, "firstLine") - indent(chain, size, "hanging");
    return new TextLook(size, lineHeight, before, after, Math.max(0, left + right), firstLine);
  }

  /** Lines set on the document grid take whole grid lines (Word's "snap to grid"). */
  private double snapped(double height, List<Element> chain) {
    String snap = last(chain, "snapToGrid", "val");
    if (gridPitch <= 0 || (snap != null && !on(snap))) {
      return height;
    }
    return Math.ceil(height / gridPitch - 1e-6) * gridPitch;
  }

  private static double spacing(List<Element> chain, String side, double lineHeight) {
    String lines = last(chain, "spacing", side + "Lines");
    if (lines != null) {
      return number(lines) / 100 * lineHeight;
    }
    String value = last(chain, "spacing", side);
    return value == null ? 0 : Math.max(0, number(value)) * TWIP;
  }

  private static double indent(List<Element> chain, double size, String... names) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      Element ind = child(chain.get(i), "ind");
      for (String name : names) {
        String chars = attribute(ind, name + "Chars");
        if (chars != null && number(chars) != 0) {
          return number(chars) / 100 * size;
        }
        String twips = attribute(ind, name);
        if (twips != null) {
          return number(twips) * TWIP;
        }
      }
    }
    return 0;
  }

  /** A run's type size: its character style's, then its own. */
  private double size(List<Element> inherited, Element rPr) {
    List<Element> chain = new ArrayList<>(inherited);
    String characterStyle = attribute(child(rPr, "rStyle"), "val");
    for (Element style : chain(characterStyle)) {
      chain.add(child(style, "rPr"));
    }
    chain.add(rPr);
    String sz = last(chain, "sz", "val");
    return sz == null ? DEFAULT_SIZE : Math.max(1, number(sz) / 2);
  }

  /**
   * A table's cell margins (top, left, bottom, right) and rules (top, between rows, bottom), in
   * points: its own properties first, then its style's, then the default table style's.
   */
  TableLook table(Element table) {
    Element tblPr = child(table, "tblPr");
    String styleId = attribute(child(tblPr, "tblStyle"), "val");
    List<Element> chain = new ArrayList<>();
    if (defaultTableStyle != null) {
      chain.add(child(styles.get(defaultTableStyle), "tblPr"));
    }
    for (Element style : chain(styleId)) {
      chain.add(child(style, "tblPr"));
    }
    chain.add(tblPr);
    double[] margins = DEFAULT_MARGINS.clone();
    String[][] sides = {{"top"}, {"left", "start"}, {"bottom"}, {"right", "end"}};
    for (Element pr : chain) {
      for (int i = 0; i < 4; i++) {
        Double m = margin(child(pr, "tblCellMar"), sides[i]);
        if (m != null) {
          margins[i] = m;
        }
      }
    }
    double[] rules = new double[3];
    String[] borders = {"top", "insideH", "bottom"};
    for (Element pr : chain) {
      Element tblBorders = child(pr, "tblBorders");
      for (int i = 0; i < 3; i++) {
        Element border = child(tblBorders, borders[i]);
        if (border != null) {
          rules[i] = rule(border);
        }
      }
    }
    return new TableLook(styleId, margins, rules[0], Math.max(rules[1], rules[2]));
  }

  /** A cell's own margins over the table's, or the table's. */
  static double[] cellMargins(Element cell, double[] tableMargins) {
    double[] margins = tableMargins.clone();
    Element tcMar = path(cell, "tcPr", "tcMar");
    String[][] sides = {{"top"}, {"left", "start"}, {"bottom"}, {"right", "end"}};
    for (int i = 0; i < 4; i++) {
      Double m = margin(tcMar, sides[i]);
      if (m != null) {
        margins[i] = m;
      }
    }
    return margins;
  }

  /**
   * What a table's rows need of its style.
   *
   * @param style the table style's id, or null
   * @param margins cell margins: top, left, bottom, right
   * @param topRule the rule above the first row
   * @param rowRule the rule under each row
   */
  record TableLook(String style, double[] margins, double topRule, double rowRule) {}

  private static Double margin(Element cellMargins, String... names) {
    for (String name : names) {
      Element side = child(cellMargins, name);
      if (side != null) {
        String type = side.getAttributeNS(WordXml.W, "type");
        if (type.isEmpty() || type.equals("dxa")) {
          return Math.max(0, number(side.getAttributeNS(WordXml.W, "w"))) * TWIP;
        }
        if (type.equals("nil")) {
          return 0.0;
        }
      }
    }
    return null;
  }

  private static double rule(Element border) {
    String val = border.getAttributeNS(WordXml.W, "val");
    if (val.isEmpty() || val.equals("nil") || val.equals("none")) {
      return 0;
    }
    String sz = border.getAttributeNS(WordXml.W, "sz");
    return sz.isEmpty() ? 0.5 : number(sz) / 8;
  }

  /** A style and the styles it is based on, base first. */
  private List<Element> chain(String styleId) {
    List<Element> chain = new ArrayList<>();
    Element style = styleId == null ? null : styles.get(styleId);
    while (style != null && !chain.contains(style) && chain.size() < 32) {
      chain.add(0, style);
      String base = attribute(child(style, "basedOn"), "val");
      style = base == null ? null : styles.get(base);
    }
    return chain;
  }

  /** The last value of an attribute of a child element along a chain of property elements. */
  private static String last(List<Element> chain, String element, String name) {
    String value = null;
    for (Element properties : chain) {
      String v = attribute(child(properties, element), name);
      if (v != null) {
        value = v;
      }
    }
    return value;
  }

  static Element child(Element parent, String name) {
    return parent == null ? null : WordXml.firstChild(parent, name);
  }

  static Element path(Element parent, String... names) {
    Element e = parent;
    for (String name : names) {
      e = child(e, name);
    }
    return e;
  }

  /** An attribute's value, or null when the element or the attribute is missing. */
  static String attribute(Element element, String name) {
    if (element == null || !element.hasAttributeNS(WordXml.W, name)) {
      return null;
    }
    return element.getAttributeNS(WordXml.W, name);
  }

  /** A toggle value: on unless written as off. */
  static boolean on(String value) {
    return !(value.equals("0") || value.equals("false") || value.equals("off"));
  }

  static double number(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
