package org.declgen.render.pdf;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds LibreOffice's {@code soffice}: {@code DECLGEN_SOFFICE} when set, then the {@code PATH},
 * then the places its installers use on Linux, macOS and Windows.
 */
final class OfficeLocator {
  static final String OVERRIDE = "DECLGEN_SOFFICE";

  private static final List<String> NAMES = List.of("soffice", "soffice.exe", "libreoffice");

  private static final List<String> INSTALL_PLACES =
      List.of(
          "/usr/bin/soffice",
          "/usr/lib/libreoffice/program/soffice",
          "/opt/libreoffice/program/soffice",
          "/Applications/LibreOffice.app/Contents/MacOS/soffice",
          "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
          "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");

  private OfficeLocator() {}

  static Optional<Path> find(Map<String, String> env) {
    String override = env.get(OVERRIDE);
    if (override != null && !override.isBlank()) {
      Path explicit = Path.of(override);
      return runnable(explicit) ? Optional.of(explicit) : Optional.empty();
    }
    for (Path candidate : candidates(env.getOrDefault("PATH", ""))) {
      if (runnable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Optional<String> brokenOverride(Map<String, String> env) {
    String override = env.get(OVERRIDE);
    return override != null && !override.isBlank() && !runnable(Path.of(override))
        ? Optional.of(override)
        : Optional.empty();
  }

  private static List<Path> candidates(String path) {
    List<Path> out = new ArrayList<>();
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        NAMES.forEach(name -> out.add(Path.of(dir, name)));
      }
    }
    INSTALL_PLACES.forEach(place -> out.add(Path.of(place)));
    return out;
  }

  private static boolean runnable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }
}
