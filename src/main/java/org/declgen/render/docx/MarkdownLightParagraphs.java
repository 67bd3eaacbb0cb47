package org.declgen.render.docx;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.declgen.template.docx.BlockStyle;

/**
 * Long texts in Markdown-light (paragraphs, line breaks, lists, bold, italic) as Word paragraphs:
 * every line of the text becomes a paragraph of its own, as a finance officer expects from the
 * lines they typed; list items keep their bullet or number as text.
 */
final class MarkdownLightParagraphs {
  /** Built on first use: most renders never need it, and a one-shot run need not load it. */
  private static final class Lazy {
    static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
  }

  /**
   * ASCII characters that start or end inline syntax anywhere: escapes, code, emphasis, links,
   * HTML, entities.
   */
  private static final String INLINE_MARKUP = "\\`*_[]<&!";

  /**
   * ASCII characters that may mean something at the start of a line (a list, a heading, a quote, a
   * rule, a fence); in the middle of a line the parser, built without extensions, reads them as
   * text.
   */
  private static final String LINE_START_MARKUP = ">#|~=+-:()\"'{}.";

  private final ParagraphWriter out;
  private boolean bold;
  private boolean italic;

  private MarkdownLightParagraphs(BlockStyle style, TextHeight height) {
    this.out = new ParagraphWriter(style, height);
  }

  static String render(String text, BlockStyle style) {
    return render(text, style, null);
  }

  /** The paragraphs, measured by {@code height} when it is not null. */
  static String render(String text, BlockStyle style, TextHeight height) {
    if (isBlank(text)) {
      return new ParagraphWriter(style, height).finish();
    }
    return isPlainLines(text) ? plainLines(text, style, height) : parsed(text, style, height);
  }

  /** The text through the Markdown parser; what {@link #render} gives for every text. */
  static String parsed(String text, BlockStyle style) {
    return parsed(text, style, null);
  }

  private static String parsed(String text, BlockStyle style, TextHeight height) {
    MarkdownLightParagraphs r = new MarkdownLightParagraphs(style, height);
    r.blocks(Lazy.PARSER.parse(text));
    return r.out.finish();
  }

  /**
   * True when the parser sees no block at all: nothing but spaces, tabs and line ends. A field left
   * empty is like that; skipping the parser for it spares a one-shot render loading it at all.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the parser could only see one paragraph of plain lines: no character Markdown gives a
   * meaning to, no line that is blank, indented, padded or opens a numbered list ({@code 1.} or
   * {@code 1)} and a space). Most form text is like that, and skipping the parser for it saves a
   * sixth of a render.
   */
  static boolean isPlainLines(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      if (!isPlainLine(line)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainLine(String line) {
    if (line.isEmpty()
        || isSpace(line.charAt(0))
        || isSpace(line.charAt(line.length() - 1))
        || opensNumberedList(line)
        || LINE_START_MARKUP.indexOf(line.charAt(0)) >= 0) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c == 0x7f || INLINE_MARKUP.indexOf(c) >= 0 && !isLiteralLess(line, i)) {
        return false;
      }
    }
    return true;
  }

  /** Digits, then {@code .} or {@code )}, then a space, a tab or the line's end; any digit may. */
  private static boolean opensNumberedList(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return Character.isDigit(line.charAt(0));
    }
    if (i == line.length() || line.charAt(i) != '.' && line.charAt(i) != ')') {
      return false;
    }
    return i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
  }

  /**
   * A {@code <} that opens neither a tag nor an autolink: one followed by a digit, a space, an
   * operator or CJK text, as in 「<24小时」.
   */
  private static boolean isLiteralLess(String line, int at) {
    if (line.charAt(at) != '<' || at + 1 == line.length()) {
      return false;
    }
    char next = line.charAt(at + 1);
    return next >= '0' && next <= '9' || next == '=' || next >= 0x3000;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** What the parser gives for plain lines: each line a paragraph of one run. */
  private static String plainLines(String text, BlockStyle style, TextHeight height) {
    ParagraphWriter w = new ParagraphWriter(style, height);
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      w.startParagraph();
      w.text(line, false, false);
    }
    return w.finish();
  }

  private void blocks(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      block(n, "");
    }
  }

  private void block(Node n, String prefix) {
    if (n instanceof Paragraph) {
      out.startParagraph();
      out.text(prefix, false, false);
      inlines(n);
      out.endParagraph();
    } else if (n instanceof Heading) {
      out.startParagraph();
      boolean was = bold;
      bold = true;
      inlines(n);
      bold = was;
      out.endParagraph();
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      list(n);
    } else if (n instanceof BlockQuote) {
      blocks(n);
    } else if (n instanceof ThematicBreak) {
      return;
    } else {
      literalLines(n.getChars().toString());
    }
  }

  private void list(Node list) {
    int number = list instanceof OrderedList ol ? ol.getStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String marker =
          item instanceof OrderedListItem oli
              ? number++
                  + oli.getOpeningMarker()
                      .subSequence(oli.getOpeningMarker().length() - 1)
                      .toString()
                  + " "
              : "• ";
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        block(child, first && item instanceof ListItem ? marker : "");
        first = false;
      }
      if (item.getFirstChild() == null) {
        out.startParagraph();
        out.text(marker.strip(), false, false);
        out.endParagraph();
      }
    }
  }

  private void inlines(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        out.text(n.getChars().unescape(), bold, italic);
      } else if (n instanceof SoftLineBreak) {
        out.startParagraph();
      } else if (n instanceof HardLineBreak) {
        out.lineBreak();
      } else if (n instanceof StrongEmphasis) {
        boolean was = bold;
        bold = true;
        inlines(n);
        bold = was;
      } else if (n instanceof Emphasis) {
        boolean was = italic;
        italic = true;
        inlines(n);
        italic = was;
      } else if (n instanceof Code code) {
        out.text(code.getText().toString(), bold, italic);
      } else if (n.hasChildren()) {
        inlines(n);
      } else {
        out.text(n.getChars().toString(), bold, italic);
      }
    }
  }

  private void literalLines(String text) {
    for (String line : text.stripTrailing().split("\r?\n")) {
      out.startParagraph();
      out.text(line, bold, italic);
      out.endParagraph();
    }
  }
}
