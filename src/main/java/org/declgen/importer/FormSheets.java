package org.declgen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;

/**
 * The sheets of a workbook that hold parts of the form — those whose first column names a block of
 * the form or its title — joined in the workbook's order into one grid, as the tables of a Word
 * document are: a form split over sheets is read whole, and a sheet of instructions before it is
 * passed over. A sheet with text that is not read is reported by name; when it shows labels of the
 * form (an indicator table without its 绩效指标 column), as content left out.
 */
final class FormSheets {
  /** The grid of the sheets read, and a warning for each sheet with text that was not. */
  record Joined(Grid grid, List<Diagnostic> notes) {}

  private FormSheets() {}

  static Joined join(List<XlsxGridReader.SheetGrid> sheets, String file, Messages messages) {
    List<XlsxGridReader.SheetGrid> form =
        sheets.stream().filter(s -> FormPresence.holdsPart(s.grid())).toList();
    if (form.isEmpty()) {
      // Nothing names the form: the first sheet with text is what the refusal describes.
      Grid first =
          sheets.isEmpty() ? new Grid(Grid.Kind.XLSX, List.of(), List.of()) : sheets.get(0).grid();
      return new Joined(first, List.of());
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    for (XlsxGridReader.SheetGrid sheet : sheets) {
      if (form.contains(sheet)) {
        // Each sheet without its own blank columns, so that every sheet's labels are column one.
        rows.addAll(sheet.grid().withoutBlankLines().rows());
      } else {
        notes.add(unused(sheet, file, messages));
      }
    }
    return new Joined(new Grid(Grid.Kind.XLSX, rows, List.of()), notes);
  }

  private static Diagnostic unused(XlsxGridReader.SheetGrid sheet, String file, Messages messages) {
    Optional<String> label = FormPresence.labelAnywhere(sheet.grid());
    if (label.isPresent()) {
      return Diagnostic.warning(
          SourcePosition.ofFile(file),
          ImportResult.UNMAPPED,
          messages.get("import.sheet-unused.form-like", sheet.name(), label.get()),
          messages.get("import.sheet-unused.form-like.hint"));
    }
    return Diagnostic.warning(
        SourcePosition.ofFile(file),
        "import.sheet-unused",
        messages.get("import.sheet-unused", sheet.name()),
        messages.get("import.sheet-unused.hint"));
  }
}
