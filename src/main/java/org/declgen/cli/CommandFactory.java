package org.declgen.cli;

import picocli.CommandLine;

/** Gives every command the shared context instead of global state. */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext ctx;

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == RenderCommand.class) {
      return type.cast(new RenderCommand(ctx));
    }
    if (type == ImportCommand.class) {
      return type.cast(new ImportCommand(ctx));
    }
    if (type == TemplatesCommand.class) {
      return type.cast(new TemplatesCommand(ctx));
    }
    if (type == TemplateCommand.Inspect.class) {
      return type.cast(new TemplateCommand.Inspect(ctx));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
