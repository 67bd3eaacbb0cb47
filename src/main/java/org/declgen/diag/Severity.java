package org.declgen.diag;

/** How serious a diagnostic is; errors stop a render, warnings do not. */
public enum Severity {
  ERROR,
  WARNING
}
