package org.declgen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.declgen.internal.FileTrees;

/**
 * Prints .docx forms to PDF with LibreOffice headless ({@code soffice --convert-to pdf}), each run
 * with a fresh private profile in a temporary folder, so a LibreOffice the user has open is neither
 * used nor disturbed, and within a time limit. Many forms go through one run: starting LibreOffice
 * costs more than printing a form. A form printed on its own gives the same PDF bytes every time
 * (within one run LibreOffice encodes the fonts embedded in later forms differently).
 */
public final class PdfPrinter {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private final Path office;
  private final Duration timeout;
  private final Optional<Map<String, String>> env;

  /** A printer running {@code office} in this process's environment. */
  public PdfPrinter(Path office, Duration timeout) {
    this(office, timeout, Optional.empty());
  }

  private PdfPrinter(Path office, Duration timeout, Optional<Map<String, String>> env) {
    this.office = office;
    this.timeout = timeout;
    this.env = env.map(Map::copyOf);
  }

  /**
   * A printer using the LibreOffice installed here, if there is one, run in {@code env} (the
   * command's: a resident server runs commands for processes other than itself).
   */
  public static Optional<PdfPrinter> find(Map<String, String> env) {
    return OfficeLocator.find(env)
        .map(office -> new PdfPrinter(office, DEFAULT_TIMEOUT, Optional.of(env)));
  }

  /**
   * The {@code DECLGEN_SOFFICE} setting when it names no runnable file (the user pointed declgen at
   * LibreOffice, and missed).
   */
  public static Optional<String> brokenOverride(Map<String, String> env) {
    return OfficeLocator.brokenOverride(env);
  }

  public Path office() {
    return office;
  }

  public byte[] print(byte[] docx) throws PrintException {
    return print(Map.of("form", docx)).get("form");
  }

  /** The PDF of each named .docx, in the same order; all printed or an exception. */
  public Map<String, byte[]> print(Map<String, byte[]> docxByName) throws PrintException {
    Path work = null;
    try {
      work = Files.createTempDirectory("declgen-print");
      List<String> names = new ArrayList<>(docxByName.keySet());
      List<Path> inputs = writeInputs(work, names, docxByName);
      run(work, inputs);
      return readOutputs(work.resolve("pdf"), names, docxByName);
    } catch (IOException e) {
      throw new PrintException(PrintException.Reason.FAILED, String.valueOf(e.getMessage()));
    } finally {
      FileTrees.deleteQuietly(work);
    }
  }

  /** Inputs get plain numbered names; a user's file name never reaches LibreOffice's parser. */
  private static List<Path> writeInputs(Path work, List<String> names, Map<String, byte[]> docx)
      throws IOException {
    Path dir = Files.createDirectories(work.resolve("docx"));
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Path input = dir.resolve("form" + i + ".docx");
      Files.write(input, docx.get(names.get(i)));
      inputs.add(input);
    }
    return inputs;
  }

  private void run(Path work, List<Path> inputs) throws IOException, PrintException {
    List<String> command = new ArrayList<>();
    command.add(office.toString());
    command.addAll(
        List.of(
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nologo",
            "--nodefault",
            "-env:UserInstallation=" + work.resolve("profile").toUri(),
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            work.resolve("pdf").toString()));
    inputs.forEach(input -> command.add(input.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    env.ifPresent(
        e -> {
          builder.environment().clear();
          builder.environment().putAll(e);
        });
    // UTC keeps the date LibreOffice writes the same length, for StablePdf to overwrite.
    builder.environment().put("TZ", "UTC");
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve("soffice.log").toFile());
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(process);
        throw new PrintException(PrintException.Reason.TIMEOUT, timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      stop(process);
      Thread.currentThread().interrupt();
      throw new PrintException(PrintException.Reason.FAILED, "interrupted");
    }
    if (process.exitValue() != 0) {
      throw new PrintException(
          PrintException.Reason.FAILED, "exit " + process.exitValue() + ": " + log(work));
    }
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, byte[]> readOutputs(
      Path dir, List<String> names, Map<String, byte[]> docx) throws IOException, PrintException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Path pdf = dir.resolve("form" + i + ".pdf");
      byte[] bytes = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
      if (!isPdf(bytes)) {
        throw new PrintException(PrintException.Reason.NO_OUTPUT, names.get(i));
      }
      out.put(names.get(i), StablePdf.of(bytes, docx.get(names.get(i))));
    }
    return out;
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D';
  }

  private static String log(Path work) {
    try {
      String text = Files.readString(work.resolve("soffice.log")).strip();
      return text.length() > 500 ? text.substring(0, 500) : text;
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
