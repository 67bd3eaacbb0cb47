package org.declgen.pipeline;

import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.yaml.DeclarationReader;
import org.declgen.yaml.DecodedText;

/**
 * Parses declaration bytes that have been read once, keeping the text for quoting; they are decoded
 * once too. One loader serves every file of a run, on any thread.
 */
final class Loader {
  private final Messages messages;
  private final DeclarationReader reader;

  Loader(Messages messages) {
    this.messages = messages;
    this.reader = new DeclarationReader(messages);
  }

  /** The bytes as text, for telling whether they hold a declaration and then for loading them. */
  DecodedText decode(String name, byte[] bytes) {
    return DecodedText.of(name, bytes, messages);
  }

  Loaded load(String name, byte[] bytes) {
    return load(name, bytes.length, decode(name, bytes));
  }

  /**
   * @param size how many bytes the text was decoded from
   */
  Loaded load(String name, long size, DecodedText text) {
    Source source = new Source(name, text.text());
    if (size > DeclarationReader.MAX_FILE_BYTES) {
      return new Loaded(source, Optional.empty(), List.of(tooLarge(name, size)));
    }
    try {
      return new Loaded(source, Optional.of(reader.read(name, text)), List.of());
    } catch (DiagnosticException e) {
      return new Loaded(source, Optional.empty(), e.diagnostics());
    }
  }

  /** Checked before reading: a file this large is not read into memory at all. */
  Diagnostic tooLarge(String name, long size) {
    return Diagnostic.error(
        SourcePosition.ofFile(name),
        "yaml.too-large",
        messages.get("yaml.too-large", size / 1024, DeclarationReader.MAX_FILE_BYTES / 1024),
        messages.get("yaml.hint.too-large"));
  }
}
