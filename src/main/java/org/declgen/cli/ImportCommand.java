package org.declgen.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.declgen.diag.Diagnostic;
import org.declgen.diag.SourcePosition;
import org.declgen.model.Declaration;
import org.declgen.model.IndicatorCategory;
import org.declgen.pipeline.Findings;
import org.declgen.pipeline.Imported;
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
      names = {"-t", "--template"},
      paramLabel = "T",
      description = {
        "写入申报表「模板」一项的模板（默认：认出市级表时写 gd-municipal）。",
        "Template to record as 模板 (default: gd-municipal when the form is the 市级 one)."
      })
  String template;

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
    Optional<Integer> templateProblem = ctx.templateProblem(template);
    if (templateProblem.isPresent()) {
      return templateProblem.get();
    }
    Imported imported =
        ctx.pipeline.importForm(
            input,
            Optional.ofNullable(output),
            Optional.ofNullable(template),
            force,
            allowUnmapped);
    ctx.print(imported.findings());
    imported.problem().ifPresent(ctx::print);
    switch (imported.outcome()) {
      case EXISTS ->
          ctx.print(
              Findings.of(
                  List.of(
                      Diagnostic.error(
                          SourcePosition.ofFile(imported.target()),
                          "cli.import.exists",
                          ctx.messages.get("cli.import.exists", imported.target()),
                          ctx.messages.get("cli.import.exists.hint")))));
      case UNMAPPED -> ctx.error("cli.import.unmapped", imported.unmapped(), imported.target());
      case WRITTEN -> {
        wrote(imported);
        imported.schema().ifPresent(ctx::said);
      }
      default -> {}
    }
    return ExitCodes.of(imported.outcome().verdict());
  }

  private void wrote(Imported imported) {
    if (imported.unmapped() > 0) {
      ctx.error("cli.import.unmapped-allowed", imported.unmapped());
    }
    Declaration d = imported.declaration().orElseThrow();
    int indicators = d.indicators().stream().mapToInt(ImportCommand::indicatorCount).sum();
    ctx.out.println(
        ctx.messages.get(
            "cli.import.wrote",
            imported.source(),
            imported.target(),
            d.tasks().size(),
            indicators));
    ctx.out.flush();
  }

  private static int indicatorCount(IndicatorCategory c) {
    return c.subcategories().stream().mapToInt(s -> s.indicators().size()).sum();
  }
}
