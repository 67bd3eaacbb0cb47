package org.declgen.template.docx.compiler;

import java.util.List;
import org.declgen.template.docx.DocxSource;
import org.declgen.template.markup.TypedMarkup;

/**
 * A Word template turned into FreeMarker source, with every piece of markup as typed, for checking
 * against the declaration view.
 */
public record DocxCompilation(DocxSource source, List<TypedMarkup> markup) {
  public DocxCompilation {
    markup = List.copyOf(markup);
  }
}
