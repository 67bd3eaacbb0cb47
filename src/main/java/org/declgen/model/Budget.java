package org.declgen.model;

import java.util.Objects;

/**
 * 预算整体情况 in 万元: four pairs of amounts, as the form lays them out.
 *
 * @param basicExpenditure 部门预算支出 › 基本支出
 * @param projectExpenditure 部门预算支出 › 项目支出
 * @param fiscalAppropriation 收入来源 › 财政拨款
 * @param otherFunds 收入来源 › 其他资金
 * @param specialFunds 事业发展性支出 › 财政专项资金
 * @param otherDevelopmentExpenditure 事业发展性支出 › 其他事业发展性支出
 * @param ownLevelFunds 按预算级次划分 › 本级使用资金 (区本级 or 市本级, by template)
 * @param transferFunds 按预算级次划分 › 拟用于对下转移支付资金
 */
public record Budget(
    Amount basicExpenditure,
    Amount projectExpenditure,
    Amount fiscalAppropriation,
    Amount otherFunds,
    Amount specialFunds,
    Amount otherDevelopmentExpenditure,
    Amount ownLevelFunds,
    Amount transferFunds) {

  public static final Budget BLANK =
      new Budget(
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK,
          Amount.BLANK);

  public Budget {
    Objects.requireNonNull(basicExpenditure);
    Objects.requireNonNull(projectExpenditure);
    Objects.requireNonNull(fiscalAppropriation);
    Objects.requireNonNull(otherFunds);
    Objects.requireNonNull(specialFunds);
    Objects.requireNonNull(otherDevelopmentExpenditure);
    Objects.requireNonNull(ownLevelFunds);
    Objects.requireNonNull(transferFunds);
  }

  /** 部门预算支出 total: 基本支出 + 项目支出. */
  public Amount expenditureTotal() {
    return Amount.sum(basicExpenditure, projectExpenditure);
  }

  /** 收入来源 total: 财政拨款 + 其他资金. */
  public Amount incomeTotal() {
    return Amount.sum(fiscalAppropriation, otherFunds);
  }

  /** 事业发展性支出 total: 财政专项资金 + 其他事业发展性支出. */
  public Amount developmentTotal() {
    return Amount.sum(specialFunds, otherDevelopmentExpenditure);
  }

  /** 按预算级次划分 total: 本级使用资金 + 拟用于对下转移支付资金. */
  public Amount levelTotal() {
    return Amount.sum(ownLevelFunds, transferFunds);
  }

  public Budget withBasicExpenditure(Amount basicExpenditure) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withProjectExpenditure(Amount projectExpenditure) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withFiscalAppropriation(Amount fiscalAppropriation) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withOtherFunds(Amount otherFunds) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withSpecialFunds(Amount specialFunds) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withOtherDevelopmentExpenditure(Amount otherDevelopmentExpenditure) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withOwnLevelFunds(Amount ownLevelFunds) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }

  public Budget withTransferFunds(Amount transferFunds) {
    return new Budget(
        basicExpenditure,
        projectExpenditure,
        fiscalAppropriation,
        otherFunds,
        specialFunds,
        otherDevelopmentExpenditure,
        ownLevelFunds,
        transferFunds);
  }
}
