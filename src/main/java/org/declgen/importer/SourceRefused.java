package org.declgen.importer;

import java.util.List;

/**
 * A source import will not read, thrown from wherever the reading found out: the message key and
 * its arguments; an argument may itself be a {@link Text} to be put in the user's language.
 */
final class SourceRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A piece of a message that is itself a message (a where, a kind of file). */
  record Text(String key, List<Object> args) {
    Text {
      args = List.copyOf(args);
    }

    static Text of(String key, Object... args) {
      return new Text(key, List.of(args));
    }
  }

  private final Text text;

  SourceRefused(String key, Object... args) {
    super(key, null, false, false);
    this.text = Text.of(key, args);
  }

  Text text() {
    return text;
  }
}
