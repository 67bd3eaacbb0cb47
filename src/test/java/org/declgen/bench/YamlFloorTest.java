package org.declgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFloorTest {
  @Test
  void readsEveryValueOfTheFile(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("x.yaml");
    Files.writeString(
        yaml, "部门名称: 某局\n任务:\n  - {名称: 甲, 资金: 1.5}\n  - []\n", StandardCharsets.UTF_8);
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      YamlFloor.main(new String[] {yaml.toString()});
    } finally {
      System.setOut(before);
    }
    // keys 部门名称, 任务, 名称, 资金 and values 某局, 甲, 1.5
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(yaml + ": 7 values");
  }
}
