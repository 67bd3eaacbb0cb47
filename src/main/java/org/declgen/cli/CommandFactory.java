package org.declgen.cli;

import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Gives every command the shared context instead of global state. */
final class CommandFactory implements CommandLine.IFactory {
  private static final Map<Class<?>, Function<CliContext, Object>> COMMANDS =
      Map.ofEntries(
          Map.entry(RenderCommand.class, RenderCommand::new),
          Map.entry(CheckCommand.class, CheckCommand::new),
          Map.entry(FmtCommand.class, FmtCommand::new),
          Map.entry(InitCommand.class, InitCommand::new),
          Map.entry(ImportCommand.class, ImportCommand::new),
          Map.entry(DiffCommand.class, DiffCommand::new),
          Map.entry(TextconvCommand.class, TextconvCommand::new),
          Map.entry(TemplatesCommand.class, TemplatesCommand::new),
          Map.entry(BenchCommand.class, BenchCommand::new),
          Map.entry(GitSetupCommand.class, GitSetupCommand::new),
          Map.entry(TemplateCommand.Inspect.class, TemplateCommand.Inspect::new));

  private final CliContext ctx;

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Function<CliContext, Object> make = COMMANDS.get(type);
    return make != null ? type.cast(make.apply(ctx)) : CommandLine.defaultFactory().create(type);
  }
}
