package org.declgen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files textconv reads through import (Word and Excel forms) rather than as YAML. */
class TextconvRunTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "申报表.docx, true",
    "申报表.DOCX, true",
    "表.Xlsx, true",
    "a.b.docx, true",
    "申报表.yaml, false",
    "申报表.docx.yaml, false",
    "docx, false",
    "申报表.doc, false",
    "申报表.xls, false",
    "申报表.md, false"
  })
  void formsAreToldByTheirExtension(String name, boolean form) {
    assertThat(TextconvRun.isForm(name)).isEqualTo(form);
  }
}
