package org.declgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.declgen.diag.DiagnosticException;
import org.declgen.importer.ImportResult;
import org.declgen.importer.Importer;
import org.declgen.model.Declaration;
import org.declgen.render.Renderer;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.yaml.DeclarationReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code declgen textconv FILE}: the review Markdown of a declaration, for {@code git diff} and
 * {@code git log -p}. A file that does not load is printed as it is (with the errors on stderr), so
 * that git still shows a diff.
 */
@Command(
    name = "textconv",
    description = {
      "输出申报表的审阅用 Markdown，供 git diff / git log -p 使用（git 的 textconv）。",
      "Print the review Markdown of a declaration, for git diff and git log -p (git textconv)."
    })
final class TextconvCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      paramLabel = "FILE",
      description = {
        "申报表 YAML 文件，或 Word/Excel 申报表（经导入读取）。",
        "A declaration YAML file, or a Word/Excel form (read through import)."
      })
  String file;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "T",
      defaultValue = TemplateCatalog.DEFAULT_ID,
      description = {
        "审阅 Markdown 所用的模板（默认 gz-district）。",
        "Template whose review Markdown to use (default: gz-district)."
      })
  String template;

  TextconvCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** Word and Excel forms are read through import; everything else is YAML. */
  private static boolean isForm(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".*\\.(docx|xlsx)$");
  }

  private Declaration imported(String name, byte[] bytes) throws DiagnosticException {
    ImportResult result = new Importer(ctx.messages).importBytes(name, bytes);
    ctx.print(result.diagnostics());
    return result.declaration();
  }

  /** True for {@code textconv FILE} with no options: the form git uses. */
  static boolean isPlain(String[] args) {
    return args.length == 2 && args[0].equals("textconv") && !args[1].startsWith("-");
  }

  /** The command as picocli would set it up for {@code textconv FILE}. */
  static TextconvCommand plain(CliContext ctx, String file) {
    TextconvCommand c = new TextconvCommand(ctx);
    c.file = file;
    c.template = TemplateCatalog.DEFAULT_ID;
    return c;
  }

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(ctx.resolve(file));
    } catch (IOException e) {
      ctx.err.println(ctx.messages.get("cli.no-such-input", file));
      return ExitCodes.USAGE;
    }
    try {
      Renderer renderer = new Renderer(ctx.engine(), ctx.catalog().resolve(template));
      String name = Path.of(file).getFileName().toString();
      ctx.out.print(
          renderer.markdown(
              isForm(name)
                  ? imported(name, bytes)
                  : new DeclarationReader(ctx.messages).read(name, bytes).declaration()));
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      ctx.out.print(
          isForm(file)
              ? ctx.messages.get("cli.textconv.unreadable", file) + "\n"
              : new String(bytes, StandardCharsets.UTF_8));
    }
    ctx.out.flush();
    return ExitCodes.OK;
  }
}
