package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code declgen.yaml} that applies to a file: the nearest one in the file's folder or
 * above it, up to the working folder. A file outside the working folder (git's textconv gets old
 * versions as temporary files) uses its own folder's, else the working folder's. Each settings file
 * is read once per run.
 */
final class SettingsLookup {
  private final Workspace workspace;
  private final Map<Path, Optional<Path>> fileOfFolder = new ConcurrentHashMap<>();
  private final Map<Path, ProjectSettings> settings = new ConcurrentHashMap<>();

  SettingsLookup(Workspace workspace) {
    this.workspace = workspace;
  }

  ProjectSettings forFile(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    return fileOfFolder
        .computeIfAbsent(folder, this::find)
        .map(p -> settings.computeIfAbsent(p, this::read))
        .orElse(ProjectSettings.DEFAULTS);
  }

  private Optional<Path> find(Path folder) {
    Path top = workspace.dir;
    if (!folder.startsWith(top)) {
      return Optional.of(folder.resolve(Inputs.SETTINGS))
          .filter(Files::isRegularFile)
          .or(() -> find(top));
    }
    for (Path d = folder; d != null && d.startsWith(top); d = d.getParent()) {
      Path candidate = d.resolve(Inputs.SETTINGS);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private ProjectSettings read(Path file) {
    PathDisplay display = new PathDisplay(workspace.dir, !file.startsWith(workspace.dir));
    String shown = display.show(file);
    try {
      return SettingsFile.read(shown, workspace.read(file), workspace.messages);
    } catch (IOException e) {
      FileProblem problem = FileProblem.of(FileProblem.Action.READ, file, e, display);
      return new ProjectSettings(
          Optional.empty(),
          ProjectSettings.DEFAULTS.config(),
          List.of(problem.asDiagnostic(workspace.messages)),
          Optional.empty());
    }
  }
}
