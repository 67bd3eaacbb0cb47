package org.declgen.render.docx;

import java.util.List;
import java.util.zip.Deflater;
import org.declgen.template.docx.PackageSkeleton;

/**
 * A template's {@link PackageSkeleton} with its parts compressed once, so that a form deflates only
 * its own main document.
 */
public final class DeflatedSkeleton {
  final List<DeflatedPart> before;
  final String mainPart;
  final List<DeflatedPart> after;

  private DeflatedSkeleton(List<DeflatedPart> before, String mainPart, List<DeflatedPart> after) {
    this.before = before;
    this.mainPart = mainPart;
    this.after = after;
  }

  public static DeflatedSkeleton of(PackageSkeleton skeleton) {
    Deflater deflater = DocxPackageWriter.deflater();
    try {
      return new DeflatedSkeleton(
          deflate(skeleton.before(), deflater),
          skeleton.mainPart(),
          deflate(skeleton.after(), deflater));
    } finally {
      deflater.end();
    }
  }

  private static List<DeflatedPart> deflate(List<PackageSkeleton.Part> parts, Deflater deflater) {
    return parts.stream().map(p -> DeflatedPart.of(p.name(), p.bytes(), deflater)).toList();
  }
}
