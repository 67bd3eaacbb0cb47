package org.declgen.pipeline;

import java.nio.file.Path;

/**
 * A declaration file a command works on.
 *
 * @param path where it is
 * @param relative its path below the folder argument it was found in (its name when it was named
 *     itself); outputs keep this layout
 * @param foundInFolder true when found by searching a folder, not named on the command line
 * @param display how paths of this argument are shown (relative or absolute, as the user wrote)
 */
public record InputFile(Path path, Path relative, boolean foundInFolder, PathDisplay display) {
  /** The file as the user sees it in messages. */
  public String shown() {
    return display.show(path);
  }

  /** {@code sub/x.yaml} → {@code sub/x}: the outputs add their own extension. */
  public String baseName() {
    return relative.toString().replaceFirst("(?i)\\.ya?ml$", "");
  }
}
