package org.declgen.model;

/**
 * 基本信息: printed by the municipal (市级) form only. Values are kept as written, blank as null.
 *
 * @param fundedStaff 财政供养人员数
 * @param subordinateUnits 下属二级单位数
 */
public record BasicInfo(String fundedStaff, String subordinateUnits) {
  public static final BasicInfo BLANK = new BasicInfo(null, null);

  public boolean isBlank() {
    return fundedStaff == null && subordinateUnits == null;
  }

  public BasicInfo withFundedStaff(String fundedStaff) {
    return new BasicInfo(fundedStaff, subordinateUnits);
  }

  public BasicInfo withSubordinateUnits(String subordinateUnits) {
    return new BasicInfo(fundedStaff, subordinateUnits);
  }
}
