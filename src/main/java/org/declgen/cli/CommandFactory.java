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
    if (type == CheckCommand.class) {
      return type.cast(new CheckCommand(ctx));
    }
    if (type == InitCommand.class) {
      return type.cast(new InitCommand(ctx));
    }
    if (type == TemplatesCommand.class) {
      return type.cast(new TemplatesCommand(ctx));
    }
    if (type == TemplateCommand.Inspect.class) {
      return type.cast(new TemplateCommand.Inspect(ctx));
    }
    if (type == DiffCommand.class) {
      return type.cast(new DiffCommand(ctx));
    }
    if (type == TextconvCommand.class) {
      return type.cast(new TextconvCommand(ctx));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
