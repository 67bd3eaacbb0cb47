package org.declgen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {
  @Test
  void aFreshCacheIsAnEmptyFolderOfEachRunAndGoneAfterIt(@TempDir Path work) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Path seen = work.resolve("seen.txt");
    String script =
        "printf '%s %s\\n' \"$DECLGEN_CACHE\" \"$(ls -A \"$DECLGEN_CACHE\" | wc -l)\" >> "
            + seen
            + "; touch \"$DECLGEN_CACHE/stamp\"";
    Processes.Command command =
        new Processes.Command(List.of("/bin/sh", "-c", script), Map.of(), true);
    Processes processes = new Processes(work);
    processes.run(command, work);
    processes.run(command, work);

    List<String> lines = Files.readAllLines(seen, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    String[] first = lines.get(0).split(" ");
    String[] second = lines.get(1).split(" ");
    assertThat(first[0]).isNotEqualTo(second[0]);
    assertThat(first[1].strip()).isEqualTo("0");
    assertThat(second[1].strip()).isEqualTo("0");
    assertThat(Path.of(first[0])).doesNotExist();
    assertThat(Path.of(second[0])).doesNotExist();
  }
}
