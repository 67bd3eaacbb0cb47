package org.declgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.SourcePosition;
import org.declgen.importer.ImportResult;
import org.declgen.importer.Importer;
import org.declgen.internal.AtomicFiles;
import org.declgen.model.IndicatorCategory;
import org.declgen.yaml.DeclarationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code declgen import}: a filled form (docx, xlsx, converter Markdown) → canonical YAML. */
@Command(
    name = "import",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "把已填好的申报表（Word .docx、Excel .xlsx、转换得到的 Markdown）导入为 YAML。",
      "Import a filled form (Word, Excel or converter Markdown) into declaration YAML."
    })
final class ImportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      paramLabel = "FILE",
      description = {
        "要导入的 .docx、.xlsx、.md 或 .txt 文件。",
        "The .docx, .xlsx, .md or .txt file to import."
      })
  String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "YAML",
      description = {
        "输出的 YAML 文件（默认与输入同名、扩展名 .yaml，放在输入旁边）。",
        "Output YAML (default: the input's name with .yaml, beside it)."
      })
  String output;

  @Option(
      names = "--force",
      description = {"覆盖已存在的输出文件。", "Overwrite an existing output."})
  boolean force;

  @Option(
      names = "--allow-unmapped",
      description = {
        "有内容未能导入时仍写出 YAML（默认报错退出）。",
        "Write the YAML even when some cells could not be mapped."
      })
  boolean allowUnmapped;

  ImportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Importer.prepareFor(input);
    Path source = ctx.resolve(input);
    Path target =
        output != null
            ? ctx.resolve(output)
            : source.resolveSibling(
                source.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".yaml");
    if (Files.exists(target) && !force) {
      ctx.print(
          List.of(
              Diagnostic.error(
                  SourcePosition.ofFile(shown(target)),
                  "cli.import.exists",
                  ctx.messages.get("cli.import.exists", shown(target)),
                  ctx.messages.get("cli.import.exists.hint"))));
      return ExitCodes.INVALID_INPUT;
    }
    ImportResult result;
    try {
      result = new Importer(ctx.messages).importFile(source, shown(source));
    } catch (DiagnosticException e) {
      ctx.print(e.diagnostics());
      return ExitCodes.INVALID_INPUT;
    } catch (NoSuchFileException e) {
      ctx.err.println(ctx.messages.get("cli.no-such-input", input));
      return ExitCodes.INVALID_INPUT;
    } catch (IOException e) {
      ctx.err.println(ctx.messages.get("cli.io-error", input, String.valueOf(e.getMessage())));
      return ExitCodes.INVALID_INPUT;
    }
    ctx.print(result.diagnostics());
    return write(result, target);
  }

  private int write(ImportResult result, Path target) {
    long unmapped = result.unmappedCount();
    if (unmapped > 0 && !allowUnmapped) {
      ctx.err.println(ctx.messages.get("cli.import.unmapped", unmapped, shown(target)));
      ctx.err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    try {
      AtomicFiles.write(
          target, DeclarationWriter.write(result.declaration()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      ctx.err.println(
          ctx.messages.get("cli.io-error", shown(target), String.valueOf(e.getMessage())));
      return ExitCodes.INVALID_INPUT;
    }
    if (unmapped > 0) {
      ctx.err.println(ctx.messages.get("cli.import.unmapped-allowed", unmapped));
      ctx.err.flush();
    }
    int indicators =
        result.declaration().indicators().stream().mapToInt(ImportCommand::indicatorCount).sum();
    ctx.out.println(
        ctx.messages.get(
            "cli.import.wrote",
            shown(ctx.resolve(input)),
            shown(target),
            result.declaration().tasks().size(),
            indicators));
    ctx.out.flush();
    return ExitCodes.OK;
  }

  private static int indicatorCount(IndicatorCategory c) {
    return c.subcategories().stream().mapToInt(s -> s.indicators().size()).sum();
  }

  /** A path as the user sees it: relative to the working folder where possible. */
  private String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path wd = ctx.workingDir.toAbsolutePath().normalize();
    return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
  }
}
