package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a clear, positioned error, no stack trace, and nothing written or clobbered. */
class InvalidInputTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      malformed         | x.yaml:6:1: 错误: YAML 格式错误：                 | 括号 [ 或 { 没有
      tab               | x.yaml:6:1: 错误: YAML 格式错误：                 | 不能用 Tab 键
      block-indicator   | x.yaml:9:16: 错误: YAML 格式错误：                | 开头的值要加英文双引号
      duplicate-key     | x.yaml:5:1: 错误: 键「部门名称」重复（第 1 行已经出现过） | 删除其中一项
      unknown-key       | x.yaml:5:1: 错误: 不认识的键「总体绩效目的」       | 是不是要写「总体绩效目标」？
      wrong-type        | x.yaml:5:11: 错误: 「年度重点工作任务」应当是列表    | 没有内容时写 []
      amount-letters    | x.yaml:3:18: 错误: 「预算整体情况 › 部门预算支出 › 基本支出」的金额「1.00万元」不是数字 | 不带单位
      java-tag          | x.yaml:5:5: 错误: 这里使用了 YAML 标签            | 删除以 ! 开头的标签
      alias-bomb        | x.yaml:4:14: 错误: 文件中的别名（*名称）引用过多     | 直接写出内容
      control-character | x.yaml:5:9: 错误: 文件中有不可见的控制字符 U+0007   | 删除该字符
      invalid-utf8      | x.yaml:5:5: 错误: 文件不是 UTF-8 编码              | UTF-8
      """)
  void badInputIsReportedAndNothingIsWritten(
      String name, String first, String hint, @TempDir Path dir) throws IOException {
    Files.copy(Path.of("src/test/resources/invalid/" + name + ".yaml"), dir.resolve("x.yaml"));
    assertRejected(dir, first.strip(), hint.strip().replace("{ 没有", "{ 闭合之前"));
  }

  @Test
  void fiftyMegabyteFile(@TempDir Path dir) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("x.yaml").toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    assertRejected(dir, "x.yaml: 错误: 文件过大（51,200 KB，上限 4,096 KB）", "选对了文件");
  }

  @Test
  void javaTagNeverInstantiatesAnything(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("x.yaml"), "部门名称: !!java.io.File [\"" + dir.resolve("made") + "\"]\n");
    CheckCommandTest.run(dir, "check", "x.yaml");
    assertThat(dir.resolve("made")).doesNotExist();
  }

  private static void assertRejected(Path dir, String first, String hint) throws IOException {
    CheckCommandTest.Result check = CheckCommandTest.run(dir, "check", "x.yaml");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out())
        .startsWith(first)
        .contains("怎么改: ")
        .contains(hint)
        .doesNotContain("Exception", "\tat ");
    Files.createDirectories(dir.resolve("output"));
    Files.writeString(dir.resolve("output/x.md"), "earlier");
    CheckCommandTest.Result render = CheckCommandTest.run(dir, "render", "x.yaml", "-f", "md");
    assertThat(render.code()).isEqualTo(1);
    assertThat(render.err()).contains(first).contains("未生成任何文件").doesNotContain("Exception");
    assertThat(Files.readString(dir.resolve("output/x.md"))).isEqualTo("earlier");
    try (Stream<Path> files = Files.list(dir.resolve("output"))) {
      assertThat(files).containsExactly(dir.resolve("output/x.md"));
    }
  }
}
