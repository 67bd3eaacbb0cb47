package org.declgen.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * One typing slip in a file: which, where (line from 0, character index in the line), what the
 * message names, and the edits that fix it.
 */
final class Slip {
  final SlipKind kind;
  final int line;
  final int index;
  final Object[] args;
  final List<Edit> edits = new ArrayList<>();

  Slip(SlipKind kind, int line, int index, Object... args) {
    this.kind = kind;
    this.line = line;
    this.index = index;
    this.args = args;
  }

  Slip with(Edit edit) {
    edits.add(edit);
    return this;
  }
}
