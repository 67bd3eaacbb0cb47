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
  /** A row with nothing filled in. */
  public static final Task BLANK = new Task(null, null, Amount.BLANK, null);

  public Task {
    Objects.requireNonNull(funds, "funds");
  }

  public Task withName(String name) {
    return new Task(name, content, funds, expectedOutcome);
  }

  public Task withContent(String content) {
    return new Task(name, content, funds, expectedOutcome);
  }

  public Task withFunds(Amount funds) {
    return new Task(name, content, funds, expectedOutcome);
  }

  public Task withExpectedOutcome(String expectedOutcome) {
    return new Task(name, content, funds, expectedOutcome);
  }
}
