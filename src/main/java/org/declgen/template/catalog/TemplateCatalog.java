package org.declgen.template.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.SourcePosition;
import org.declgen.diag.Suggestions;
import org.declgen.form.TemplateForm;

/**
 * Finds templates. {@code --template} takes a built-in id, a folder, or a .docx file; an id is
 * looked up in the project's {@code templates/} folder first, then among those built into the jar.
 */
public final class TemplateCatalog {
  public static final String DEFAULT_ID = "gz-district";

  /** The diagnostic code of a template that cannot be found. */
  public static final String NOT_FOUND = "template.not-found";

  public static final String DOCX = "template.docx";
  public static final String MARKDOWN = "review.md.ftl";
  public static final String PROPERTIES = "template.properties";

  /**
   * The {@code template.properties} key that switches off deciding pages: {@code pagination=off}
   * leaves them to the office suite.
   */
  public static final String PAGINATION = "pagination";

  private static final String BUILT_IN_ROOT = "org/declgen/templates/";

  private final Path projectDir;
  private final Path projectTemplates;
  private final Messages messages;

  public TemplateCatalog(Path projectDir, Messages messages) {
    this.projectDir = projectDir;
    this.projectTemplates = projectDir.resolve("templates");
    this.messages = messages;
  }

  public TemplateSet resolve(String spec) throws DiagnosticException {
    try {
      Path path = projectDir.resolve(spec);
      if (spec.endsWith(".docx") && Files.isRegularFile(path)) {
        return fromDocx(path);
      }
      if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(DOCX))) {
        return fromFolder(path.getFileName().toString(), path);
      }
      Path project = projectTemplates.resolve(spec);
      if (isId(spec) && Files.isRegularFile(project.resolve(DOCX))) {
        return fromFolder(spec, project);
      }
      if (isId(spec) && builtInIds().contains(spec)) {
        return builtIn(spec);
      }
    } catch (IOException | InvalidPathException e) {
      throw notFound(spec);
    }
    throw notFound(spec);
  }

  /** Every template a user can name: the project's own first, then the built-in ones. */
  public List<TemplateSet> list() throws DiagnosticException {
    Set<String> ids = new LinkedHashSet<>(projectIds());
    try {
      ids.addAll(builtInIds());
    } catch (IOException e) {
      throw new IllegalStateException("the jar's template index is missing", e);
    }
    List<TemplateSet> sets = new ArrayList<>();
    for (String id : ids) {
      sets.add(resolve(id));
    }
    return sets;
  }

  /** The ids a user can name: the project's own first, then the built-in ones. */
  public List<String> ids() {
    Set<String> ids = new LinkedHashSet<>(projectIds());
    try {
      ids.addAll(builtInIds());
    } catch (IOException e) {
      throw new IllegalStateException("the jar's template index is missing", e);
    }
    return List.copyOf(ids);
  }

  static boolean isId(String spec) {
    return !spec.isEmpty()
        && !spec.contains("..")
        && (isAsciiId(spec) || HanId.PATTERN.matcher(spec).matches());
  }

  /**
   * Ids of letters, digits, {@code _ . -} are told without {@link HanId}: compiling its {@code
   * \p{IsHan}} loads the JDK's Unicode script tables, a few milliseconds of every command.
   */
  private static boolean isAsciiId(String spec) {
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A template's id: letters, digits, {@code _ . -} and Chinese characters. */
  private static final class HanId {
    static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_.\\-\\p{IsHan}]+");
  }

  private TemplateSet fromDocx(Path docx) throws IOException, DiagnosticException {
    Path folder = docx.toAbsolutePath().getParent();
    Path md = folder.resolve(MARKDOWN);
    String name = docx.getFileName().toString().replaceFirst("\\.docx$", "");
    Properties p = properties(folder);
    return new TemplateSet(
        name,
        shown(docx),
        description(p),
        shown(docx),
        Files.readAllBytes(docx),
        Files.isRegularFile(md) ? shown(md) : defaultMarkdownName(),
        Files.isRegularFile(md) ? Files.readString(md) : defaultMarkdown(),
        form(name, shown(folder.resolve(PROPERTIES)), p),
        paginates(p));
  }

  private TemplateSet fromFolder(String id, Path folder) throws IOException, DiagnosticException {
    Path md = folder.resolve(MARKDOWN);
    Properties p = properties(folder);
    return new TemplateSet(
        id,
        shown(folder),
        description(p),
        shown(folder.resolve(DOCX)),
        Files.readAllBytes(folder.resolve(DOCX)),
        Files.isRegularFile(md) ? shown(md) : defaultMarkdownName(),
        Files.isRegularFile(md) ? Files.readString(md) : defaultMarkdown(),
        form(id, shown(folder.resolve(PROPERTIES)), p),
        paginates(p));
  }

  private TemplateSet builtIn(String id) throws IOException, DiagnosticException {
    String base = BUILT_IN_ROOT + id + "/";
    String origin = messages.get("template.built-in", id);
    Properties p = resourceProperties(base + PROPERTIES);
    return new TemplateSet(
        id,
        origin,
        description(p),
        origin + "/" + DOCX,
        resourceBytes(base + DOCX),
        origin + "/" + MARKDOWN,
        new String(resourceBytes(base + MARKDOWN), StandardCharsets.UTF_8),
        form(id, origin + "/" + PROPERTIES, p),
        paginates(p));
  }

  /**
   * The form and framework a template declares; one that declares no framework (a lone .docx, a
   * template made before templates named theirs) is checked against the default template's.
   */
  private TemplateForm form(String id, String file, Properties p)
      throws IOException, DiagnosticException {
    Optional<TemplateForm> fallback = Optional.empty();
    if (!TemplateForm.declaresFramework(p)) {
      String base = BUILT_IN_ROOT + DEFAULT_ID + "/";
      fallback =
          Optional.of(
              TemplateForm.parse(
                  DEFAULT_ID,
                  base + PROPERTIES,
                  resourceProperties(base + PROPERTIES),
                  Optional.empty(),
                  messages));
    }
    return TemplateForm.parse(id, file, p, fallback, messages);
  }

  /** Whether a template decides its forms' pages: unless it says {@code pagination=off}. */
  private static boolean paginates(Properties p) {
    String value = p.getProperty(PAGINATION, "on").strip();
    return !(value.equalsIgnoreCase("off")
        || value.equalsIgnoreCase("false")
        || value.equals("关")
        || value.equals("否"));
  }

  /** A path as a user would name it: relative to the project folder when inside it. */
  private String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = projectDir.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  private String defaultMarkdownName() {
    return messages.get("template.built-in", DEFAULT_ID) + "/" + MARKDOWN;
  }

  private String defaultMarkdown() throws IOException {
    return new String(
        resourceBytes(BUILT_IN_ROOT + DEFAULT_ID + "/" + MARKDOWN), StandardCharsets.UTF_8);
  }

  /** A folder's {@code template.properties}; empty when it has none. */
  private static Properties properties(Path folder) throws IOException {
    Properties p = new Properties();
    Path props = folder.resolve(PROPERTIES);
    if (Files.isRegularFile(props)) {
      try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  private String description(Properties p) {
    String en = p.getProperty("description.en");
    return messages.isEnglish() && en != null ? en : p.getProperty("description", "");
  }

  private List<String> projectIds() {
    if (!Files.isDirectory(projectTemplates)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(projectTemplates)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(DOCX)))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static List<String> builtInIds() throws IOException {
    String index = new String(resourceBytes(BUILT_IN_ROOT + "index.txt"), StandardCharsets.UTF_8);
    return index
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static Properties resourceProperties(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  private DiagnosticException notFound(String spec) {
    List<String> ids = new ArrayList<>(projectIds());
    try {
      ids.addAll(builtInIds());
    } catch (IOException e) {
      // the list in the hint is a courtesy; the error stands without it
    }
    String hint =
        Suggestions.closest(spec, ids)
            .map(s -> messages.get("template.not-found.did-you-mean", s))
            .orElse(messages.get("template.not-found.hint", messages.list(ids)));
    return new DiagnosticException(
        Diagnostic.error(
            SourcePosition.ofFile(spec),
            NOT_FOUND,
            messages.get("template.not-found", spec),
            hint));
  }
}
