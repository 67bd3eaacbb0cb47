package org.declgen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.internal.AtomicFiles;
import org.declgen.internal.Disk;
import org.declgen.model.Declaration;
import org.declgen.render.OutputFormat;
import org.declgen.template.catalog.TemplateSet;
import org.declgen.yaml.LoadedDeclaration;

/**
 * declgen's workflow as one entry point: find declarations, check them, render and write them (one
 * file, or a folder on all cores), textconv, import, diff. One instance serves one run: it reads
 * each settings file and compiles each template once. Nothing here prints; every method returns
 * what happened, for the caller to say.
 */
public final class Pipeline {
  private final Workspace workspace;
  private final SettingsLookup settings;
  private final Templates templates;
  private final DeclarationCheck check;

  /**
   * @param workingDir the folder relative paths start from, and where messages show paths from
   * @param disk where files are read and written (tests give a failing one)
   * @param templateCache where compiled Word templates are kept between runs, if anywhere
   */
  public Pipeline(Path workingDir, Messages messages, Disk disk, Optional<Path> templateCache) {
    this(workingDir, messages, disk, templateCache, System.getenv());
  }

  /**
   * @param environment the command's environment variables (where LibreOffice is, for PDF)
   */
  public Pipeline(
      Path workingDir,
      Messages messages,
      Disk disk,
      Optional<Path> templateCache,
      Map<String, String> environment) {
    this.workspace = new Workspace(workingDir, messages, disk, templateCache, environment);
    this.settings = new SettingsLookup(workspace);
    this.templates = new Templates(workspace);
    this.check = new DeclarationCheck(workspace, settings, templates);
  }

  /** On the real disk, without a template cache. */
  public Pipeline(Path workingDir, Messages messages) {
    this(workingDir, messages, Disk.REAL, Optional.empty());
  }

  /**
   * Says that this run will render: the template engine is made in the background meanwhile (see
   * {@link Workspace#prepareEngine()}). Output is the same either way.
   */
  public void willRender() {
    workspace.prepareEngine();
  }

  public Messages messages() {
    return workspace.messages;
  }

  public Path workingDir() {
    return workspace.dir;
  }

  /** The declaration files the arguments name (folders searched), and those that do not exist. */
  public Inputs.Expansion expand(List<String> arguments) {
    return Inputs.expand(workspace.dir, arguments);
  }

  /** A template as {@code -t} names it (an id, folder or .docx), found and ready. */
  public ResolvedTemplate template(String spec) throws DiagnosticException {
    return templates.resolve(TemplateChoice.commandLine(spec));
  }

  /** The ids a user can name: the project's templates, then the built-in ones. */
  public List<String> templateIds() {
    return workspace.catalog().ids();
  }

  /** Every template a user can name: the project's own first, then the built-in ones. */
  public List<TemplateSet> templates() throws DiagnosticException {
    return workspace.catalog().list();
  }

  /** Loads one file and runs the checks with the framework of its template. */
  public Checked check(InputFile file, Optional<String> template) {
    return check.run(file, template);
  }

  /** Checks, renders and writes (or compares) one file; never throws for a bug either. */
  public Rendered render(InputFile file, RenderOptions options) {
    return render(new FileRender(workspace, check, options), file);
  }

  /**
   * Renders files on all cores and hands each result to {@code done} on the calling thread, in the
   * files' order.
   */
  public void renderAll(List<InputFile> files, RenderOptions options, Consumer<Rendered> done) {
    FileRender one = new FileRender(workspace, check, options);
    OrderedParallel.run(files, f -> render(one, f), done);
  }

  private static Rendered render(FileRender one, InputFile file) {
    try {
      return one.run(file);
    } catch (RuntimeException e) {
      return Rendered.internal(file, e);
    }
  }

  /**
   * {@code fmt}: rewrites one file in the canonical layout (or, with the options, only compares);
   * never throws for a bug either.
   */
  public Formatted format(InputFile file, FormatOptions options) {
    try {
      return new FormatRun(workspace, options).run(file);
    } catch (RuntimeException e) {
      return Formatted.internal(file, e);
    }
  }

  /** Reads a declaration for the benchmark and tests; errors are thrown, not returned. */
  public LoadedDeclaration load(Path file) throws DiagnosticException, IOException {
    Path path = workspace.dir.resolve(file);
    Loaded loaded = new Loader(workspace.messages).load(file.toString(), workspace.read(path));
    if (loaded.declaration().isEmpty()) {
      throw new DiagnosticException(loaded.errors());
    }
    return loaded.declaration().get();
  }

  /** Renders a declaration in memory with a template as {@code -t} names it; writes nothing. */
  public Map<OutputFormat, byte[]> render(
      Declaration declaration, String template, Set<OutputFormat> formats)
      throws DiagnosticException {
    return template(template).renderer().render(declaration, formats);
  }

  /** {@code textconv FILE}: the review Markdown, or the file as it is when it does not load. */
  public Textconv textconv(String file, Optional<String> template) {
    return new TextconvRun(workspace, settings, templates).run(file, template);
  }

  /**
   * {@code import}: a filled form → YAML, not overwriting unless {@code force}; {@code template}
   * ({@code -t}) is recorded as the declaration's {@code 模板}.
   */
  public Imported importForm(
      String form,
      Optional<String> output,
      Optional<String> template,
      boolean force,
      boolean allowUnmapped) {
    return new FormImport(workspace, settings, templates, form, output, template)
        .run(force, allowUnmapped);
  }

  /**
   * The template a new declaration at {@code file} is made for ({@code init}): {@code -t}, else the
   * declgen.yaml of its folder, else the default; a settings file's unknown template is positioned
   * there.
   */
  public ResolvedTemplate templateForNewFile(String file, Optional<String> commandLine)
      throws DiagnosticException {
    ProjectSettings folder = settings.forFile(workspace.resolve(file));
    return templates.resolve(TemplateChoice.of(commandLine, folder));
  }

  /**
   * {@code git-setup}: makes git show the repository {@code folder} is in through {@code textconv}
   * (the command that runs {@code declgen textconv}).
   */
  public GitSetupDone gitSetup(String folder, String textconv) {
    return new GitSetup(workspace).run(folder, textconv);
  }

  /** {@code diff OLD NEW}: each a file or {@code REV:path}. */
  public Diffed diff(String before, String after) {
    return new DiffRun(workspace, settings).pair(before, after);
  }

  /** {@code diff --git REV}: every declaration changed since {@code revision}. */
  public Diffed diffSince(String revision) {
    return new DiffRun(workspace, settings).since(revision);
  }

  /** Where the editor schema of a declaration at {@code file} is, or is to be written. */
  public EditorSchema.Link editorSchema(String file) {
    return EditorSchema.forDeclaration(workspace.resolve(file));
  }

  /**
   * Writes the editor schema a new declaration at {@code file} refers to, when it is missing.
   *
   * @return what was written or why not; empty when it was there
   */
  public Optional<EditorSchema.Placed> placeEditorSchema(EditorSchema.Link link, String file) {
    return EditorSchema.placeFor(link, workspace.files, PathDisplay.like(workspace.dir, file));
  }

  /**
   * Writes a new file ({@code init}) completely or not at all; never replaces one.
   *
   * @return what stood in the way, if anything (an existing file, a file where a folder should be)
   */
  public Optional<FileProblem> create(String file, String text) {
    Path target = workspace.resolve(file);
    try {
      workspace.files.create(target, text.getBytes(StandardCharsets.UTF_8));
      return Optional.empty();
    } catch (AtomicFiles.Failure e) {
      return Optional.of(
          FileProblem.of(
              FileProblem.Action.CREATE,
              target,
              e.getCause(),
              PathDisplay.like(workspace.dir, file)));
    }
  }
}
