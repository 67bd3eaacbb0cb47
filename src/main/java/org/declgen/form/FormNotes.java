package org.declgen.form;

import java.util.List;

/**
 * What a form says about itself.
 *
 * @param title the form's name ({@code 部门整体预算绩效目标申报表}), the JSON schema's title
 * @param schema the JSON schema's description
 * @param header comment lines at the top of every YAML file of this form
 * @param initFooter comment lines at the end of a file {@code init} writes
 * @param amountTitle the editor's title for an amount ({@code 金额（万元）})
 * @param amountSchema the editor's explanation of how to write an amount
 */
public record FormNotes(
    String title,
    String schema,
    List<String> header,
    List<String> initFooter,
    String amountTitle,
    String amountSchema) {
  public FormNotes {
    header = List.copyOf(header);
    initFooter = List.copyOf(initFooter);
  }
}
