package org.declgen.pipeline;

import java.util.List;
import java.util.Optional;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.yaml.DeclarationReader;

/** Parses declaration bytes that have been read once, keeping the text for quoting. */
final class Loader {
  private final Messages messages;

  Loader(Messages messages) {
    this.messages = messages;
  }

  Loaded load(String name, byte[] bytes) {
    Source source = Source.of(name, bytes);
    if (bytes.length > DeclarationReader.MAX_FILE_BYTES) {
      return new Loaded(source, Optional.empty(), List.of(tooLarge(name, bytes.length)));
    }
    try {
      return new Loaded(
          source, Optional.of(new DeclarationReader(messages).read(name, bytes)), List.of());
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
