package org.declgen.yaml;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.form.DepartmentForm;
import org.declgen.form.FormDescription;
import org.declgen.model.Declaration;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code declgen fmt} for one file: reads it (accepting the typing slips {@link TypingSlips}
 * accepts), and writes it again in the canonical layout with every comment the clerk wrote put back
 * by its key. The file's line breaks ({@code \r\n} or {@code \n}) and byte-order mark are kept, so
 * a file from a Windows editor stays one. Reading the result gives the same value as reading the
 * file; that is checked every time. The one change is a long text the clerk continued on the next
 * lines without {@code |}: YAML joins its lines with a space, fmt keeps them as typed ({@link
 * ContinuedText}) and compares with the file read so.
 */
public final class FormFormatter<T> {
  private static final String BOM = "\uFEFF";

  private final FormDescription<T> form;
  private final Messages messages;
  private final FormReader<T> reader;

  public FormFormatter(FormDescription<T> form, Messages messages) {
    this.form = form;
    this.messages = messages;
    this.reader = new FormReader<>(form, messages);
  }

  /** The formatter of 部门整体 declarations. */
  public static FormFormatter<Declaration> declarations(Messages messages) {
    return new FormFormatter<>(DepartmentForm.FORM, messages);
  }

  /**
   * The file's text in the canonical layout.
   *
   * @param slips how many typing slips were fixed
   */
  public record Formatted(String text, int slips) {
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * @param schemaReference the schema the first line names when the file does not name one
   * @throws DiagnosticException when the file has errors: nothing is formatted then
   */
  public Formatted format(String file, byte[] bytes, String schemaReference)
      throws DiagnosticException {
    return format(file, bytes, named -> named != null ? named : schemaReference);
  }

  /**
   * @param schemaFor the schema the first line names, given the one the file names (null when it
   *     names none)
   * @throws DiagnosticException when the file has errors: nothing is formatted then
   */
  public Formatted format(String file, byte[] bytes, UnaryOperator<String> schemaFor)
      throws DiagnosticException {
    String text = Utf8Text.decode(file, bytes, messages);
    SourceText scanned = SourceText.scan(file, text, messages);
    TypedText typed = new TypingSlips(form, messages).read(file, text);
    LoadedForm<T> loaded = reader.read(file, scanned, typed, true);
    Comments comments = comments(file, typed, loaded);
    String schema = schemaFor.apply(comments.schemaReference());
    String canonical = FormWriter.write(form, loaded.value(), schema, comments);
    T again = reader.read(file, canonical.getBytes(StandardCharsets.UTF_8)).value();
    if (!again.equals(loaded.value())) {
      throw new IllegalStateException("the canonical text of " + file + " reads differently");
    }
    return new Formatted(asTyped(canonical, bytes, text), typed.count());
  }

  /**
   * The file's comments, which fmt must keep. SnakeYAML's comment events fail on some texts its
   * loader reads (an anchor or a tag followed by a comment, as {@code &a # …} on the first line):
   * such a file is refused, where the parser stopped, and left as it is.
   */
  private Comments comments(String file, TypedText typed, LoadedForm<T> loaded)
      throws DiagnosticException {
    try {
      return CommentReader.read(typed.corrected(), loaded.sourceMap());
    } catch (YAMLException e) {
      Mark at = e instanceof MarkedYAMLException m ? m.getProblemMark() : null;
      SourcePosition where =
          at == null
              ? SourcePosition.ofFile(file)
              : new SourcePosition(file, at.getLine() + 1, at.getColumn() + 1);
      throw new DiagnosticException(
          Diagnostic.error(
              where,
              "yaml.fmt.comments",
              messages.get("yaml.fmt.comments"),
              messages.get("yaml.fmt.comments.hint")));
    }
  }

  /** {@code canonical} with the line breaks and byte-order mark of the file as it was. */
  private static String asTyped(String canonical, byte[] bytes, String text) {
    long lines = text.chars().filter(c -> c == '\n').count();
    long crlf = text.split("\r\n", -1).length - 1L;
    String broken = lines > 0 && crlf * 2 > lines ? canonical.replace("\n", "\r\n") : canonical;
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    return bom ? BOM + broken : broken;
  }
}
