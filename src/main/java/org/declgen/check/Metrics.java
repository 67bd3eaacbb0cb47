package org.declgen.check;

import java.util.List;
import java.util.regex.Pattern;

/** What a 三级 name says about its metric: a rate, an upper bound, a lower bound, technical. */
final class Metrics {
  private static final Pattern RATE = Pattern.compile(".*(率|比例|比重|占比|满意度)(（.*）|\\(.*\\))?$");
  private static final Pattern TRAILING_NOTE = Pattern.compile("(（[^（）]*）|\\([^()]*\\))$");

  /** Rates where less is better, as a name ends. Before {@link #MORE_RATES}: 不合格率 ends in 合格率. */
  private static final List<String> LESS_RATES =
      List.of(
          "不合格率", "不达标率", "故障率", "差错率", "错误率", "出错率", "失误率", "误报率", "漏报率", "投诉率", "事故率", "发生率",
          "发病率", "发案率", "死亡率", "病死率", "感染率", "复发率", "失业率", "辍学率", "返工率", "退件率", "退回率", "超期率", "逾期率",
          "延误率", "流失率", "空置率", "丢包率", "宕机率", "违约率", "损耗率", "超标率");

  /** Rates where more is better, as a name ends; what stands before only says of what. */
  private static final List<String> MORE_RATES =
      List.of(
          "及时率", "完成率", "合格率", "达标率", "满意度", "满意率", "认可度", "知晓度", "知晓率", "覆盖率", "覆盖面", "办结率", "网办率",
          "通过率", "准确率", "正确率", "到位率", "执行率", "处理率", "回复率", "答复率", "响应率", "解决率", "受理率", "落实率", "整改率",
          "结案率", "办理率", "完好率", "完整率", "可用率", "利用率", "使用率", "上线率", "在线率", "接通率", "接入率", "联网率", "共享率",
          "公开率", "普及率", "参与率", "优良率", "成功率", "出勤率", "就业率", "入学率", "治愈率", "回收率", "应用率", "建成率", "验收率",
          "保障率", "好评率", "规范率");

  private static final List<String> UPPER =
      List.of(
          "RTO", "RPO", "响应时间", "恢复时间", "等待时间", "办理时间", "处理时间", "时长", "成本", "费用", "投诉", "故障率",
          "差错率", "错误率", "下降率", "能耗");
  private static final List<String> REDUCTION = List.of("压缩", "缩短", "减少", "降低", "节约", "节省");
  private static final List<String> LOWER =
      List.of("数量", "量", "次数", "人次", "覆盖", "满意度", "完成率", "合格率", "达标率", "办结率", "网办率", "知晓率", "年限");
  private static final List<String> TECHNICAL =
      List.of("RTO", "RPO", "响应时间", "吞吐量", "并发", "可用率", "可用性", "宕机", "故障率", "恢复时间", "恢复点");

  /** Which way a metric is better. */
  enum Better {
    MORE,
    LESS,
    UNKNOWN
  }

  private Metrics() {}

  static boolean isRate(String name) {
    return RATE.matcher(name.strip()).matches();
  }

  /** Metrics where less is better: they take ≤ or <. */
  static boolean isUpperBound(String name) {
    return better(name) == Better.LESS;
  }

  /** Metrics where more is better: they take ≥ or >. */
  static boolean isLowerBound(String name) {
    return better(name) == Better.MORE;
  }

  /**
   * A rate is known by the word it ends in, as Chinese puts the head of a name last: 投诉处理及时率 is a
   * timeliness rate (of complaint handling), more is better; 投诉率 is a complaint rate. Other names
   * are known by a word anywhere in them (投诉量, 响应时间, 服务人次).
   */
  static Better better(String name) {
    String head = TRAILING_NOTE.matcher(name.strip()).replaceFirst("");
    boolean reduction = REDUCTION.stream().anyMatch(name::contains);
    if (LESS_RATES.stream().anyMatch(head::endsWith)) {
      return reduction ? Better.UNKNOWN : Better.LESS;
    }
    if (MORE_RATES.stream().anyMatch(head::endsWith)) {
      return Better.MORE;
    }
    if (!reduction && UPPER.stream().anyMatch(name::contains)) {
      return Better.LESS;
    }
    return LOWER.stream().anyMatch(name::contains) ? Better.MORE : Better.UNKNOWN;
  }

  /** System-performance metrics, which are 产出 › 质量, not 效益. */
  static boolean isTechnical(String name) {
    return TECHNICAL.stream().anyMatch(name::contains);
  }
}
