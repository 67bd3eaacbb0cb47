package org.declgen.template.docx;

import java.util.List;
import java.util.Objects;

/**
 * The output package around the filled main document, prepared once when the template is compiled:
 * the parts written before the main document and after it, by zip entry name, with their bytes as
 * the template holds them. Writing a form is then only streaming these and the main document into a
 * zip.
 *
 * @param mainPart the main document's zip entry name, e.g. {@code word/document.xml}
 */
public record PackageSkeleton(List<Part> before, String mainPart, List<Part> after) {
  /**
   * One part of the package; its bytes are copied in and never changed, and {@link #bytes} hands
   * them out without copying, for the writer.
   */
  public record Part(String name, byte[] bytes) {
    public Part {
      Objects.requireNonNull(name, "name");
      bytes = bytes.clone();
    }
  }

  public PackageSkeleton {
    before = List.copyOf(before);
    Objects.requireNonNull(mainPart, "mainPart");
    after = List.copyOf(after);
  }
}
