package org.declgen.pipeline;

import java.util.Optional;
import java.util.Set;
import org.declgen.render.OutputFormat;

/**
 * How {@code render} runs, parsed once from the command line and shared by every worker.
 *
 * @param outputDir the output folder as the user gave it
 * @param template the command line's {@code -t}, if given
 * @param formats the outputs to write (a set: all of them are replaced, or none)
 * @param checkOnly compare with the files on disk instead of writing
 * @param force write even when the checks find errors
 */
public record RenderOptions(
    String outputDir,
    Optional<String> template,
    Set<OutputFormat> formats,
    boolean checkOnly,
    boolean force) {
  public RenderOptions {
    formats = Set.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format");
    }
  }
}
