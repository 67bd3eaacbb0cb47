package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerWarmUpTest {
  private static final Path SAMPLE = Path.of("data/nansha-zwsj.yaml");

  @Test
  void whatAKilledServerLeftIsDeletedAndTheWarmUpStillRuns(@TempDir Path server)
      throws IOException {
    Path folder = server.resolve(ServerWarmUp.FOLDER);
    Files.createDirectories(folder.resolve("out"));
    Files.writeString(folder.resolve("sample.yaml"), "left by a killed server");
    Files.writeString(folder.resolve("out/sample.docx"), "half written");

    assertThat(ServerWarmUp.warm(SAMPLE, folder, Map.of(), 1)).isTrue();
    assertThat(folder).doesNotExist();
  }

  @Test
  void nothingIsLeftWhenTheSampleCannotBeRead(@TempDir Path server) {
    Path folder = server.resolve(ServerWarmUp.FOLDER);

    assertThat(ServerWarmUp.warm(server.resolve("no-such.yaml"), folder, Map.of(), 1)).isFalse();
    assertThat(folder).doesNotExist();
  }
}
