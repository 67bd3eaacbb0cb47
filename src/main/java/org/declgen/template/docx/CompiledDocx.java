package org.declgen.template.docx;

import freemarker.template.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word template ready to render: FreeMarker over {@code word/document.xml}, the package's other
 * parts as they are, and the styles of paragraphs that hold one value each.
 */
public record CompiledDocx(
    String name,
    Template document,
    Map<String, byte[]> otherParts,
    List<BlockStyle> blockStyles,
    TemplateErrors errors,
    TemplateUsage usage) {

  public static final String DOCUMENT_PART = "word/document.xml";

  public CompiledDocx {
    otherParts = Collections.unmodifiableMap(new LinkedHashMap<>(otherParts));
    blockStyles = List.copyOf(blockStyles);
  }
}
