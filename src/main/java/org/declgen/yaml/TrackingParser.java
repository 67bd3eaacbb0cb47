package org.declgen.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser, remembering where the last event it handed out stands (SnakeYAML's own
 * limits, nesting depth and aliases, say no position) and counting the values it has read, to
 * refuse a document with more than {@link #MAX_NODES} before it fills memory.
 */
final class TrackingParser implements Parser {
  /**
   * The most values (texts, amounts, lists and groups, each counted once) a document may hold. A
   * declaration holds a few thousand; each value costs a few hundred bytes of memory when read.
   */
  static final int MAX_NODES = 100_000;

  /** Thrown when the document holds more than {@link #MAX_NODES} values. */
  static final class TooManyNodes extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Mark mark;

    TooManyNodes(Mark mark) {
      super("more than " + MAX_NODES + " nodes", null, false, false);
      this.mark = mark;
    }

    Mark mark() {
      return mark;
    }
  }

  private final Parser parser;
  private Mark lastMark;
  private int nodes;

  TrackingParser(Parser parser) {
    this.parser = parser;
  }

  /** Where the last event seen stands, or null before the first. */
  Mark lastMark() {
    return lastMark;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return seen(parser.peekEvent());
  }

  @Override
  public Event getEvent() {
    Event event = seen(parser.getEvent());
    if (event.is(Event.ID.Scalar)
        || event.is(Event.ID.MappingStart)
        || event.is(Event.ID.SequenceStart)
        || event.is(Event.ID.Alias)) {
      if (++nodes > MAX_NODES) {
        throw new TooManyNodes(event.getStartMark());
      }
    }
    return event;
  }

  private Event seen(Event event) {
    if (event != null) {
      lastMark = event.getStartMark();
    }
    return event;
  }
}
