package org.declgen.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments a clerk wrote in a declaration, each placed by what it stands beside: above a key or
 * a list item (by key path, as {@link SourceMap} names them), after it on its line, above the first
 * key (the file's head) or after the last (its tail). Texts are what follows {@code #}, as written.
 * The writer takes each comment once; what it could not place it adds to the tail, so none is lost.
 */
public final class Comments {
  /** A file without comments. */
  public static final Comments NONE = new Comments(List.of(), Map.of(), Map.of(), List.of(), null);

  private final List<String> head;
  private final Map<String, List<String>> above;
  private final Map<String, String> beside;
  private final List<String> tail;
  private final String schemaReference;

  Comments(
      List<String> head,
      Map<String, List<String>> above,
      Map<String, String> beside,
      List<String> tail,
      String schemaReference) {
    this.head = List.copyOf(head);
    this.above = new LinkedHashMap<>(above);
    this.beside = new LinkedHashMap<>(beside);
    this.tail = List.copyOf(tail);
    this.schemaReference = schemaReference;
  }

  /** The schema the file's {@code # yaml-language-server: $schema=…} line names, or null. */
  public String schemaReference() {
    return schemaReference;
  }

  /** A copy the writer takes comments from. */
  Taken take() {
    return new Taken();
  }

  /** The comments not yet written. */
  final class Taken {
    private final Map<String, List<String>> above = new LinkedHashMap<>(Comments.this.above);
    private final Map<String, String> beside = new LinkedHashMap<>(Comments.this.beside);

    List<String> head() {
      return head;
    }

    boolean has(String path) {
      return above.containsKey(path) || beside.containsKey(path);
    }

    List<String> above(String path) {
      List<String> c = above.remove(path);
      return c == null ? List.of() : c;
    }

    String beside(String path) {
      return beside.remove(path);
    }

    /** The tail, and before it every comment whose place was not written. */
    List<String> rest() {
      List<String> rest = new ArrayList<>();
      above.values().forEach(rest::addAll);
      rest.addAll(beside.values());
      rest.addAll(tail);
      return rest;
    }
  }
}
