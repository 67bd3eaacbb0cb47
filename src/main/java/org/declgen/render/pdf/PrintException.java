package org.declgen.render.pdf;

/** LibreOffice did not print: it took too long, failed, or left no PDF. */
public final class PrintException extends Exception {
  /** What went wrong, for choosing the message a user reads. */
  public enum Reason {
    TIMEOUT,
    FAILED,
    /** It ended as if done but left no PDF. */
    NO_OUTPUT
  }

  private final Reason reason;

  PrintException(Reason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
