package org.declgen.template.view;

import freemarker.template.TemplateModelException;

/** A blank amount was used in arithmetic or a comparison: it has no value, and is not zero. */
public final class BlankAmountException extends TemplateModelException {
  private static final long serialVersionUID = 1L;

  BlankAmountException() {
    super("a blank amount has no value to compute with; test it with ?has_content first");
  }
}
