package org.declgen.template;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declgen.template.docx.layout.BlockPlace;
import org.declgen.template.docx.layout.BodyParagraph;
import org.declgen.template.docx.layout.CellLayout;
import org.declgen.template.docx.layout.Merge;
import org.declgen.template.docx.layout.PageFrame;
import org.declgen.template.docx.layout.PrintLayout;
import org.declgen.template.docx.layout.RowLayout;
import org.declgen.template.docx.layout.TableLayout;
import org.declgen.template.docx.layout.TextLook;

/** The print layout of a compiled template as the on-disk cache keeps it. */
final class LayoutCodec {
  private LayoutCodec() {}

  static void write(DataOutputStream out, PrintLayout layout) throws IOException {
    out.writeDouble(layout.page().width());
    out.writeDouble(layout.page().height());
    out.writeDouble(layout.fill());
    out.writeInt(layout.tables().size());
    for (TableLayout t : layout.tables().values()) {
      out.writeInt(t.number());
      out.writeDouble(t.topRule());
      out.writeInt(t.rows().size());
      for (RowLayout r : t.rows()) {
        write(out, r);
      }
    }
    out.writeInt(layout.paragraphs().size());
    for (BodyParagraph p : layout.paragraphs()) {
      write(out, p.look());
      out.writeDouble(p.height());
      out.writeBoolean(p.scanned());
      out.writeBoolean(p.startsPage());
    }
  }

  static PrintLayout readLayout(DataInputStream in) throws IOException {
    PageFrame page = new PageFrame(in.readDouble(), in.readDouble());
    double fill = in.readDouble();
    Map<Integer, TableLayout> tables = new LinkedHashMap<>();
    for (int t = in.readInt(); t > 0; t--) {
      int number = in.readInt();
      double topRule = in.readDouble();
      List<RowLayout> rows = new ArrayList<>();
      for (int r = in.readInt(); r > 0; r--) {
        rows.add(readRow(in));
      }
      tables.put(number, new TableLayout(number, topRule, rows));
    }
    List<BodyParagraph> paragraphs = new ArrayList<>();
    for (int p = in.readInt(); p > 0; p--) {
      paragraphs.add(
          new BodyParagraph(readLook(in), in.readDouble(), in.readBoolean(), in.readBoolean()));
    }
    return new PrintLayout(page, fill, tables, paragraphs);
  }

  static void write(DataOutputStream out, BlockPlace place) throws IOException {
    out.writeInt(place.table());
    out.writeInt(place.row());
    out.writeInt(place.cell());
    out.writeDouble(place.width());
    write(out, place.look());
  }

  static BlockPlace readPlace(DataInputStream in) throws IOException {
    return new BlockPlace(in.readInt(), in.readInt(), in.readInt(), in.readDouble(), readLook(in));
  }

  private static void write(DataOutputStream out, RowLayout row) throws IOException {
    out.writeBoolean(row.heading());
    out.writeBoolean(row.keepWithNext());
    out.writeInt(row.repeat().size());
    for (int r : row.repeat()) {
      out.writeInt(r);
    }
    out.writeDouble(row.minHeight());
    out.writeBoolean(row.exactHeight());
    out.writeDouble(row.rule());
    out.writeInt(row.cells().size());
    for (CellLayout c : row.cells()) {
      out.writeInt(c.column());
      out.writeInt(c.span());
      out.writeDouble(c.width());
      out.writeDouble(c.margins());
      out.writeInt(c.merge().ordinal());
      out.writeDouble(c.fixedHeight());
      write(out, c.look());
      out.writeBoolean(c.scanned());
    }
  }

  private static RowLayout readRow(DataInputStream in) throws IOException {
    boolean heading = in.readBoolean();
    boolean keepWithNext = in.readBoolean();
    List<Integer> repeat = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      repeat.add(in.readInt());
    }
    double minHeight = in.readDouble();
    boolean exact = in.readBoolean();
    double rule = in.readDouble();
    List<CellLayout> cells = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      cells.add(
          new CellLayout(
              in.readInt(),
              in.readInt(),
              in.readDouble(),
              in.readDouble(),
              Merge.values()[in.readInt()],
              in.readDouble(),
              readLook(in),
              in.readBoolean()));
    }
    return new RowLayout(heading, keepWithNext, repeat, minHeight, exact, rule, cells);
  }

  private static void write(DataOutputStream out, TextLook look) throws IOException {
    out.writeDouble(look.size());
    out.writeDouble(look.lineHeight());
    out.writeDouble(look.spaceBefore());
    out.writeDouble(look.spaceAfter());
    out.writeDouble(look.indent());
    out.writeDouble(look.firstLine());
  }

  private static TextLook readLook(DataInputStream in) throws IOException {
    return new TextLook(
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble());
  }
}
