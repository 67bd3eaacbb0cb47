package org.declgen.check;

import java.util.List;
import java.util.regex.Pattern;

/** What a 三级 name says about its metric: a rate, an upper bound, a lower bound, technical. */
final class Metrics {
  private static final Pattern RATE = Pattern.compile(".*(率|比例|比重|占比|满意度)(（.*）|\\(.*\\))?$");
  private static final List<String> UPPER =
      List.of(
          "RTO", "RPO", "响应时间", "恢复时间", "等待时间", "办理时间", "处理时间", "时长", "成本", "费用", "投诉", "故障率",
          "差错率", "错误率", "下降率", "能耗");
  private static final List<String> REDUCTION = List.of("压缩", "缩短", "减少", "降低", "节约", "节省");
  private static final List<String> LOWER =
      List.of("数量", "量", "次数", "人次", "覆盖", "满意度", "完成率", "合格率", "达标率", "办结率", "网办率", "知晓率", "年限");
  private static final List<String> TECHNICAL =
      List.of("RTO", "RPO", "响应时间", "吞吐量", "并发", "可用率", "可用性", "宕机", "故障率", "恢复时间", "恢复点");

  private Metrics() {}

  static boolean isRate(String name) {
    return RATE.matcher(name.strip()).matches();
  }

  /** Metrics where less is better: they take ≤ or <. */
  static boolean isUpperBound(String name) {
    return UPPER.stream().anyMatch(name::contains) && REDUCTION.stream().noneMatch(name::contains);
  }

  /** Metrics where more is better: they take ≥ or >. */
  static boolean isLowerBound(String name) {
    return !isUpperBound(name) && LOWER.stream().anyMatch(name::contains);
  }

  /** System-performance metrics, which are 产出 › 质量, not 效益. */
  static boolean isTechnical(String name) {
    return TECHNICAL.stream().anyMatch(name::contains);
  }
}
