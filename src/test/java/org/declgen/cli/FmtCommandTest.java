package org.declgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.declgen.testing.FaultyDisk;
import org.declgen.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 item 2: {@code declgen fmt} rewrites declarations in the canonical layout. */
class FmtCommandTest {
  @TempDir Path dir;

  private static final String SAMPLE = Samples.read(Samples.NANSHA);

  /** The sample as a clerk may have it: the old one-line groups, slips, comments of their own. */
  static String typedByAClerk() {
    return SAMPLE
            .replace("# 金额单位：万元", "# 本表由财务科填写\n# 金额单位：万元")
            .replace(
                "  部门预算支出:\n    基本支出: 1999.68\n    项目支出: 13074.48\n",
                "  部门预算支出: {基本支出: 1,999.68, 项目支出: 13,074.48}  # 与预算批复一致\n")
            .replace("    拟投入的资金: 1223.93", "    # 含结转资金\n    拟投入的资金：1223.93")
            .replace("{三级指标: 用户满意度, 指标值: 满意}", "{三级指标: 群众满意度，指标值: ≥90%, 较上年提高}  # 第三方测评")
            .replace("  成本指标:\n", "  成本指标:  # 区级表特有\n")
        + "# 最后修改：2025年3月\n";
  }

  @Test
  void theSampleIsCanonical() throws IOException {
    write("x.yaml", SAMPLE);
    Cli check = Cli.run(dir, "fmt", "--check", "x.yaml");
    assertThat(check.code()).isZero();
    assertThat(check.out()).isEqualTo("检查了 1 份申报表的格式：0 份不是规范格式，0 份有错误或无法读写\n");
    Cli fmt = Cli.run(dir, "fmt", "x.yaml");
    assertThat(fmt.code()).isZero();
    assertThat(fmt.out()).isEqualTo("整理了 1 份申报表：0 份已改写，1 份原本就是规范格式，0 份有错误或无法读写\n");
    assertThat(read("x.yaml")).isEqualTo(SAMPLE);
  }

  @Test
  void fixesTheSlipsAndKeepsEveryComment() throws IOException {
    write("x.yaml", typedByAClerk());
    Cli r = Cli.run(dir, "fmt", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("已整理「x.yaml」，改正了 5 处输入问题\n");
    String formatted = read("x.yaml");
    assertThat(formatted)
        .contains(
            "# 本表由财务科填写\n",
            "  部门预算支出:  # 与预算批复一致\n    基本支出: 1999.68\n    项目支出: 13074.48\n",
            "    # 含结转资金\n    拟投入的资金: 1223.93\n",
            "      - {三级指标: 群众满意度, 指标值: \"≥90%, 较上年提高\"}  # 第三方测评\n",
            "  成本指标:  # 区级表特有\n")
        .endsWith("    生态环境成本指标: []\n# 最后修改：2025年3月\n");
    assertThat(formatted.lines().filter(l -> l.contains("本表由财务科填写"))).hasSize(1);
    assertThat(Cli.run(dir, "fmt", "--check", "x.yaml").code()).isZero();
    assertThat(Cli.run(dir, "check", "x.yaml").out()).doesNotContain("yaml.slip", "已按");
  }

  @Test
  void checkSaysWhichFileIsNotCanonicalAndWritesNothing() throws IOException {
    write("x.yaml", typedByAClerk());
    Cli r = Cli.run(dir, "fmt", "--check", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.out())
        .isEqualTo(
            "「x.yaml」不是规范格式（运行 declgen fmt 可整理），其中有 5 处输入问题\n"
                + "检查了 1 份申报表的格式：1 份不是规范格式，0 份有错误或无法读写\n");
    assertThat(read("x.yaml")).isEqualTo(typedByAClerk());
  }

  @Test
  void diffShowsTheChangeAndWritesNothing() throws IOException {
    write("x.yaml", typedByAClerk());
    Cli r = Cli.run(dir, "fmt", "--diff", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("--- x.yaml\n+++ x.yaml\n@@ -")
        .contains(
            "-  部门预算支出: {基本支出: 1,999.68, 项目支出: 13,074.48}  # 与预算批复一致\n"
                + "+  部门预算支出:  # 与预算批复一致\n"
                + "+    基本支出: 1999.68\n"
                + "+    项目支出: 13074.48\n",
            "-    拟投入的资金：1223.93\n+    拟投入的资金: 1223.93\n");
    assertThat(read("x.yaml")).isEqualTo(typedByAClerk());
    assertThat(Cli.run(dir, "fmt", "--check", "--diff", "x.yaml").code())
        .isEqualTo(ExitCodes.ERRORS);
  }

  @Test
  void refusesAFileWithErrorsAndSaysWhere() throws IOException {
    String bad = SAMPLE.replace("项目支出: 13074.48", "项目支出: 13O74.48").replace("年度: ~", "年度：~");
    write("x.yaml", bad);
    Cli r = Cli.run(dir, "fmt", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err())
        .contains(
            "x.yaml:12:11: 错误: 「预算整体情况 › 部门预算支出 › 项目支出」的金额「13O74.48」不是数字\n", "x.yaml：有错误，文件未改动\n");
    assertThat(r.out()).endsWith("0 份已改写，0 份原本就是规范格式，1 份有错误或无法读写\n");
    assertThat(read("x.yaml")).isEqualTo(bad);
    Cli en = Cli.run(dir, Map.of("DECLGEN_LANG", "en"), "fmt", "x.yaml");
    assertThat(en.err()).contains("x.yaml: has errors; the file is unchanged\n");
  }

  /**
   * Enter pressed inside a long text without {@code |}: YAML joins the lines with a space, fmt
   * keeps them as typed (one paragraph each on the form) and reads its result back the same.
   */
  @Test
  void aLongTextContinuedOnTheNextLineKeepsItsLines() throws IOException {
    String typed =
        SAMPLE
            .replaceFirst("总体绩效目标: \\|\n  [^\n]*\n", "总体绩效目标: 第一句目标。\n  第二句目标。\n")
            .replaceFirst("    主要实施内容: \\|\n      [^\n]*\n", "    主要实施内容: 第一行\n\n      第三行\n");
    write("x.yaml", typed);
    Cli check = Cli.run(dir, "check", "x.yaml");
    assertThat(check.out()).contains("x.yaml:23:3: 警告: 「总体绩效目标」的文字在这里换了行");
    Cli r = Cli.run(dir, "fmt", "x.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("已整理「x.yaml」，改正了 2 处输入问题\n");
    assertThat(read("x.yaml"))
        .contains(
            "总体绩效目标: |\n  第一句目标。\n  第二句目标。\n年度重点工作任务:",
            "    主要实施内容: |\n      第一行\n\n      第三行\n    拟投入的资金:");
    assertThat(Cli.run(dir, "fmt", "--check", "x.yaml").code()).isZero();
    assertThat(Cli.run(dir, "check", "x.yaml").out()).doesNotContain("换了行");
  }

  /** A one-line field continued on the next line: how to join it is the clerk's choice. */
  @Test
  void aOneLineTextContinuedOnTheNextLineIsRefused() throws IOException {
    String typed =
        SAMPLE.replace("  - 名称: \"任务2: 进一步提升行政审批效能\"", "  - 名称: 任务2 进一步提升\n      行政审批效能");
    write("x.yaml", typed);
    Cli r = Cli.run(dir, "fmt", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ERRORS);
    assertThat(r.err()).contains("x.yaml:32:7: 错误: ", "的文字在这里换了行", "declgen fmt 不替你连，文件未改动");
    assertThat(read("x.yaml")).isEqualTo(typed);
  }

  @Test
  void keepsWindowsLineBreaksAndTheByteOrderMark() throws IOException {
    String windows = "\uFEFF" + typedByAClerk().replace("\n", "\r\n");
    write("x.yaml", windows);
    assertThat(Cli.run(dir, "fmt", "x.yaml").code()).isZero();
    byte[] bytes = Files.readAllBytes(dir.resolve("x.yaml"));
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("\uFEFF# yaml-language-server:")
        .contains("  部门预算支出:  # 与预算批复一致\r\n    基本支出: 1999.68\r\n")
        .doesNotContain("\n\n")
        .doesNotContainPattern("[^\r]\n");
    assertThat(Cli.run(dir, "fmt", "--check", "x.yaml").code()).isZero();
  }

  @Test
  void aFolderIsFormattedAndWhatIsNoDeclarationSkipped() throws IOException {
    write("d/a.yaml", typedByAClerk());
    write("d/sub/b.yaml", SAMPLE);
    write("d/declgen.yaml", "检查:\n  规则:\n    value.unit-missing: 关闭\n");
    write("d/other.yaml", "name: something else\n");
    Cli r = Cli.run(dir, "fmt", "d");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("已整理「d/a.yaml」")
        .endsWith("整理了 2 份申报表：1 份已改写，1 份原本就是规范格式，0 份有错误或无法读写；跳过 1 个非申报表文件\n");
    assertThat(read("d/other.yaml")).isEqualTo("name: something else\n");
  }

  @Test
  void aFileThatCannotBeReadOrWrittenExitsTwo() throws IOException {
    Cli missing = Cli.run(dir, "fmt", "nope.yaml");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.yaml");

    write("x.yaml", typedByAClerk());
    FaultyDisk denied =
        new FaultyDisk()
            .fail(FaultyDisk.Op.CREATE, "x.yaml", new AccessDeniedException("x.yaml.part"));
    Cli r = Cli.run(dir, denied, Map.of(), "fmt", "x.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("无法写入「x.yaml」：没有写入权限");
    assertThat(read("x.yaml")).isEqualTo(typedByAClerk());
  }

  @Test
  void englishSaysTheSame() throws IOException {
    write("x.yaml", typedByAClerk());
    Map<String, String> en = Map.of("DECLGEN_LANG", "en");
    assertThat(Cli.run(dir, en, "fmt", "--check", "x.yaml").out())
        .isEqualTo(
            "x.yaml is not in the canonical layout (declgen fmt rewrites it); 5 typing slip(s)"
                + " among the changes\n"
                + "Checked the layout of 1 declaration(s): 1 not canonical, 0 with errors or"
                + " unreadable/unwritable\n");
    assertThat(Cli.run(dir, en, "fmt", "x.yaml").out())
        .startsWith("formatted x.yaml, fixing 5 typing slip(s)\n");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }
}
