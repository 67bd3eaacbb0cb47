package org.declgen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.form.IndicatorFramework;
import org.declgen.importer.Importer;
import org.declgen.internal.AtomicFiles;
import org.declgen.internal.Disk;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.template.catalog.TemplateSet;

/** What every step of a run shares: the working folder, the language, the disk, the engine. */
final class Workspace {
  final Path dir;
  final Messages messages;
  final Disk disk;
  final AtomicFiles files;

  /**
   * The environment of the command: where LibreOffice is ({@code PATH}, {@code DECLGEN_SOFFICE}).
   */
  final Map<String, String> environment;

  private final Optional<Path> templateCache;
  private TemplateEngine engine;

  Workspace(
      Path dir,
      Messages messages,
      Disk disk,
      Optional<Path> templateCache,
      Map<String, String> environment) {
    this.dir = dir.toAbsolutePath().normalize();
    this.environment = Map.copyOf(environment);
    this.messages = messages;
    this.disk = disk;
    this.files = new AtomicFiles(disk);
    this.templateCache = templateCache;
  }

  /** The one template engine of the run, made on first use (check and diff never need it). */
  synchronized TemplateEngine engine() {
    if (engine == null) {
      engine = new TemplateEngine(messages, templateCache);
    }
    return engine;
  }

  /**
   * Starts making the engine on a thread of its own, while the caller reads and checks its
   * declarations: setting FreeMarker up is a fifth of a one-shot render's start-up, and a second
   * core is usually idle then. The first real use waits for it (or makes it, had this failed).
   */
  void prepareEngine() {
    Thread t =
        new Thread(
            () -> {
              try {
                engine();
              } catch (RuntimeException | LinkageError e) {
                // engine() runs again on first use and reports what went wrong there
              }
            },
            "declgen-engine");
    t.setDaemon(true);
    t.start();
  }

  /** The frameworks of every template a form may have been printed with, for import. */
  List<IndicatorFramework> frameworks() throws DiagnosticException {
    List<IndicatorFramework> frameworks = new ArrayList<>();
    for (TemplateSet t : catalog().list()) {
      frameworks.add(t.form().framework());
    }
    return frameworks;
  }

  Importer importer() throws DiagnosticException {
    return new Importer(messages, frameworks());
  }

  TemplateCatalog catalog() {
    return new TemplateCatalog(dir, messages);
  }

  Path resolve(String path) {
    return dir.resolve(path);
  }

  byte[] read(Path file) throws IOException {
    return disk.read(file);
  }
}
