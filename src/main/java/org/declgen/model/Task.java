package org.declgen.model;

import java.util.Objects;

/**
 * One 年度重点工作任务 row.
 *
 * @param name 名称
 * @param content 主要实施内容 (Markdown-light text)
 * @param funds 拟投入的资金（万元）
 * @param expectedOutcome 期望达到的目标（概述） (Markdown-light text)
 */
public record Task(String name, String content, Amount funds, String expectedOutcome) {
  public Task {
    Objects.requireNonNull(funds, "funds");
  }
}
