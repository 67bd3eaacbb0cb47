package org.declgen.importer;

import java.util.List;
import org.declgen.diag.Messages;

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

    /** The text in the user's language, its nested texts first. */
    String in(Messages messages) {
      Object[] resolved = new Object[args.size()];
      for (int i = 0; i < resolved.length; i++) {
        Object a = args.get(i);
        resolved[i] = a instanceof Text nested ? nested.in(messages) : a;
      }
      return messages.get(key, resolved);
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
