package org.declgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The declaration files named on a command line: files as given, folders searched for YAML. */
final class DeclarationFiles {
  /** The per-project settings file, which is not a declaration. */
  static final String PROJECT_SETTINGS = "declgen.yaml";

  /** A declaration file and its path relative to the folder it was found in. */
  record Found(Path file, Path relative) {}

  private DeclarationFiles() {}

  static List<Found> expand(Path argument) throws IOException {
    if (Files.isRegularFile(argument)) {
      return List.of(new Found(argument, argument.getFileName()));
    }
    if (!Files.isDirectory(argument)) {
      throw new NoSuchFileException(argument.toString());
    }
    try (Stream<Path> walk = Files.walk(argument)) {
      List<Found> found = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml$"))
          .filter(p -> !p.getFileName().toString().equals(PROJECT_SETTINGS))
          .sorted()
          .forEach(p -> found.add(new Found(p, argument.relativize(p))));
      return found;
    }
  }

  /** {@code dir/x.yaml} → {@code dir/x} (the outputs add their own extension). */
  static String baseName(Path relative) {
    return relative.toString().replaceFirst("(?i)\\.ya?ml$", "");
  }
}
