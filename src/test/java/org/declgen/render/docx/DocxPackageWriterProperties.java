package org.declgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.declgen.template.docx.PackageSkeleton;
import org.junit.jupiter.api.Test;

/**
 * The zip written from parts compressed beforehand is, byte for byte, the one {@link
 * ZipOutputStream} writes from the same parts: empty, tiny, incompressible and large ones, names in
 * Chinese too.
 */
class DocxPackageWriterProperties {
  @Property(tries = 300)
  void writesWhatZipOutputStreamWrites(
      @ForAll("before") List<PackageSkeleton.Part> before,
      @ForAll("contents") byte[] document,
      @ForAll("after") List<PackageSkeleton.Part> after)
      throws IOException {
    PackageSkeleton skeleton = new PackageSkeleton(before, "word/document.xml", after);
    assertThat(DocxPackageWriter.write(DeflatedSkeleton.of(skeleton), document))
        .isEqualTo(zipOutputStream(skeleton, document));
  }

  @Test
  void aDifferentByteIsSeen() throws IOException {
    PackageSkeleton skeleton =
        new PackageSkeleton(
            List.of(new PackageSkeleton.Part("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8))),
            "word/document.xml",
            List.of());
    byte[] written = DocxPackageWriter.write(DeflatedSkeleton.of(skeleton), new byte[] {1, 2});
    assertThat(written).isEqualTo(zipOutputStream(skeleton, new byte[] {1, 2}));
    assertThat(written).isNotEqualTo(zipOutputStream(skeleton, new byte[] {1, 3}));
  }

  @Provide
  Arbitrary<List<PackageSkeleton.Part>> before() {
    return parts("");
  }

  @Provide
  Arbitrary<List<PackageSkeleton.Part>> after() {
    return parts("word/");
  }

  /** Parts with names unique in the package (a zip refuses one name twice). */
  private Arbitrary<List<PackageSkeleton.Part>> parts(String folder) {
    Arbitrary<String> names =
        Arbitraries.of("styles.xml", "[Content_Types].xml", "_rels/.rels", "样式.xml")
            .map(n -> folder + n);
    return Arbitraries.lazy(this::contents)
        .flatMap(c -> names.map(n -> Tuple.of(n, c)))
        .map(t -> new PackageSkeleton.Part(t.get1(), t.get2()))
        .list()
        .uniqueElements(PackageSkeleton.Part::name)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> text =
        Arbitraries.strings()
            .withChars("<w:p>表格文字 </>\"=")
            .ofMaxLength(200)
            .map(s -> s.repeat(400).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, text);
  }

  /** How the package was written before its parts were compressed beforehand. */
  private static byte[] zipOutputStream(PackageSkeleton skeleton, byte[] document)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    for (PackageSkeleton.Part part : skeleton.before()) {
      entry(zip, part.name(), part.bytes());
    }
    entry(zip, skeleton.mainPart(), document);
    for (PackageSkeleton.Part part : skeleton.after()) {
      entry(zip, part.name(), part.bytes());
    }
    zip.finish();
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }
}
