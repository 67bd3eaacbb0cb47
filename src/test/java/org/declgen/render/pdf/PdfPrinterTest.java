package org.declgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.render.OutputFormat;
import org.declgen.render.Renderer;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPrinterTest {
  private static final TemplateEngine ENGINE = new TemplateEngine(Messages.chinese());

  @TempDir Path dir;

  private static PdfPrinter office() {
    Optional<PdfPrinter> found = PdfPrinter.find(System.getenv());
    assumeTrue(
        found.isPresent(),
        "LibreOffice (soffice) is not installed here; CI installs it (apt-get install -y"
            + " libreoffice-writer fonts-noto-cjk)");
    return found.get();
  }

  private static byte[] sampleDocx(String template) throws Exception {
    return new Renderer(
            ENGINE, new TemplateCatalog(Path.of("."), Messages.chinese()).resolve(template))
        .render(Samples.nansha(), OutputFormat.defaults())
        .get(OutputFormat.DOCX);
  }

  @Test
  void printsManyFormsInOneRun() throws Exception {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    forms.put("区级", sampleDocx("gz-district"));
    forms.put("市级", sampleDocx("gd-municipal"));
    Map<String, byte[]> pdf = office().print(forms);
    assertThat(pdf.keySet()).containsExactly("区级", "市级");
    assertThat(pdf.values())
        .allSatisfy(
            bytes -> assertThat(bytes).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Within one run LibreOffice encodes the embedded fonts of a second form differently, so only a
   * form printed on its own (as {@code render} does) is byte-stable.
   */
  @Test
  void theSameFormPrintedAgainGivesTheSameBytes() throws Exception {
    PdfPrinter printer = office();
    byte[] docx = sampleDocx("gz-district");
    assertThat(digest(printer.print(docx))).isEqualTo(digest(printer.print(docx)));
  }

  private static String digest(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void renderWritesAPdfBesideTheOtherOutputs() throws Exception {
    office();
    Map<OutputFormat, byte[]> outputs =
        new Renderer(
                ENGINE,
                new TemplateCatalog(Path.of("."), Messages.chinese()).resolve("gz-district"))
            .render(Samples.nansha(), EnumSet.of(OutputFormat.PDF));
    assertThat(outputs.keySet()).containsExactly(OutputFormat.PDF);
    assertThat(outputs.get(OutputFormat.PDF))
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aDeclgenSofficeThatPointsNowhereIsNamedWithWhatToInstall() throws Exception {
    String none = dir.resolve("none").toString();
    Renderer renderer =
        new Renderer(
            ENGINE,
            new TemplateCatalog(Path.of("."), Messages.chinese()).resolve("gz-district"),
            Map.of("PATH", dir.toString(), OfficeLocator.OVERRIDE, none));
    assertThatThrownBy(() -> renderer.requireOutputs(EnumSet.of(OutputFormat.PDF)))
        .isInstanceOfSatisfying(
            DiagnosticException.class,
            e -> {
              assertThat(e.diagnostics().get(0).message())
                  .isEqualTo("环境变量 DECLGEN_SOFFICE 指向的「" + none + "」不存在或不能运行，无法生成 PDF");
              assertThat(e.diagnostics().get(0).hint())
                  .contains("删去这个环境变量")
                  .contains("apt-get install -y libreoffice-writer");
            });
    renderer.requireOutputs(OutputFormat.defaults());
  }

  @Test
  void anOfficeThatHangsIsStoppedAtTheTimeLimit() throws Exception {
    Path fake = script("sleep 60\n");
    PdfPrinter printer = new PdfPrinter(fake, Duration.ofMillis(500));
    long started = System.nanoTime();
    assertThatThrownBy(() -> printer.print(new byte[] {1}))
        .isInstanceOfSatisfying(
            PrintException.class,
            e -> assertThat(e.reason()).isEqualTo(PrintException.Reason.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void anOfficeThatFailsOrWritesNothingIsAFailure() throws Exception {
    Map<String, PrintException.Reason> outcomes =
        Map.of(
            "exit 3\n", PrintException.Reason.FAILED, "exit 0\n", PrintException.Reason.NO_OUTPUT);
    for (Map.Entry<String, PrintException.Reason> o : outcomes.entrySet()) {
      PdfPrinter printer = new PdfPrinter(script(o.getKey()), Duration.ofSeconds(20));
      assertThatThrownBy(() -> printer.print(new byte[] {1}))
          .isInstanceOfSatisfying(
              PrintException.class, e -> assertThat(e.reason()).isEqualTo(o.getValue()));
    }
  }

  @Test
  void findsTheOfficeOnThePathOrWhereTheEnvironmentSays() throws Exception {
    Path fake = script("exit 0\n");
    Path onPath = Files.createDirectories(dir.resolve("bin")).resolve("soffice");
    Files.copy(fake, onPath);
    assertThat(
            OfficeLocator.find(
                Map.of("PATH", onPath.getParent().toString(), OfficeLocator.OVERRIDE, "")))
        .contains(onPath);
    assertThat(OfficeLocator.find(Map.of(OfficeLocator.OVERRIDE, fake.toString()))).contains(fake);
    assertThat(OfficeLocator.find(Map.of(OfficeLocator.OVERRIDE, dir.resolve("no").toString())))
        .isEmpty();
  }

  @Test
  void theDateAndIdentifiersLibreOfficeDrawsFromTheClockAreFixed() {
    String made =
        "%PDF-1.6\n/CreationDate(D:20261130225301Z')>>\n/ID [ <16592DD45BC35A0AD24D556222AA02F3>\n"
            + "<16592DD45BC35A0AD24D556222AA02F3> ]\n/DocChecksum /E377055E882C13E06AEB341501C3C623\n";
    String later = made.replace("20261130225301", "20261201080000").replace("16592DD4", "99999999");
    byte[] docx = {1, 2, 3};
    byte[] a = StablePdf.of(made.getBytes(StandardCharsets.ISO_8859_1), docx);
    byte[] b = StablePdf.of(later.getBytes(StandardCharsets.ISO_8859_1), docx);
    assertThat(a).isEqualTo(b).hasSize(made.length());
    assertThat(new String(a, StandardCharsets.ISO_8859_1)).contains("(D:20000101000000Z')");
  }

  private Path script(String body) throws IOException {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "shell scripts need POSIX");
    Path file = Files.createTempFile(dir, "office", ".sh");
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
