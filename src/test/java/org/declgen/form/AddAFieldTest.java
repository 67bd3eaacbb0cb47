package org.declgen.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diff.Change;
import org.declgen.diff.FormDiff;
import org.declgen.model.Declaration;
import org.declgen.render.Renderer;
import org.declgen.render.UnprintedFields;
import org.declgen.template.TemplateEngine;
import org.declgen.template.catalog.TemplateCatalog;
import org.declgen.template.view.TemplateView;
import org.declgen.template.view.ViewSchema;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;
import org.declgen.yaml.FormReader;
import org.declgen.yaml.FormWriter;
import org.junit.jupiter.api.Test;

/**
 * Adding a field is a line in the form description (and the model accessor, and the templates that
 * print it): here 联系人 is added to the department form by a description only this test knows, and
 * the reader, writer, {@code init}, template view and its contract, diff, JSON schema,
 * unprinted-field notice and test generators all take it up. docs/form.md walks through the same
 * example for the real form.
 */
class AddAFieldTest {
  /** A declaration with one more field, as a test-only record around the real one. */
  record Contacted(Declaration declaration, String contact) {
    Contacted withDeclaration(Declaration d) {
      return new Contacted(d, contact);
    }

    Contacted withContact(String c) {
      return new Contacted(declaration, c);
    }
  }

  static final TextField<Contacted> CONTACT =
      TextField.line(
          "联系人",
          Lens.of(Contacted::contact, Contacted::withContact),
          FieldNotes.schema("填报人姓名和联系电话。").init("姓名和电话"));

  static final FormDescription<Contacted> FORM =
      DepartmentForm.FORM
          .through(
              "部门整体（含联系人）",
              new Contacted(Declaration.BLANK, null),
              Lens.of(Contacted::declaration, Contacted::withDeclaration))
          .withField("部门名称", CONTACT);

  private static final Messages MESSAGES = Messages.chinese();
  private static final String YAML =
      Samples.read(Samples.NANSHA)
          .replace("部门名称: 广州市南沙区政务服务和数据管理局\n", "部门名称: 广州市南沙区政务服务和数据管理局\n联系人: 张三 020-12345678\n");

  @Test
  void theReaderReadsItAndTheDepartmentFormDoesNotKnowIt() throws DiagnosticException {
    Contacted read = read(YAML);
    assertThat(read.contact()).isEqualTo("张三 020-12345678");
    assertThat(read.declaration()).isEqualTo(Samples.nansha());
    assertThatThrownBy(() -> Samples.parse("x.yaml", YAML)).hasMessageContaining("不认识的键「联系人」");
  }

  @Test
  void theWriterWritesItWhereTheDescriptionPutsIt() throws DiagnosticException {
    Contacted c = read(YAML);
    String written = FormWriter.write(FORM, c, "../schema/declaration.schema.json");
    assertThat(written).isEqualTo(YAML);
    assertThat(read(written)).isEqualTo(c);
  }

  @Test
  void initCommentsIt() {
    assertThat(FormWriter.init(FORM, FORM.blank(), "s.json"))
        .contains("部门名称: ~  # 全称，与公章一致\n联系人: ~  # 姓名和电话\n");
  }

  @Test
  void templatesSeeItAndTheirContractKnowsIt() throws DiagnosticException {
    assertThat(TemplateView.of(FORM, read(YAML))).containsEntry("联系人", "张三 020-12345678");
    assertThat(ViewSchema.ofView(FORM).names()).contains("联系人", "部门名称", "绩效指标行");
    assertThat(ViewSchema.ofView().names()).doesNotContain("联系人");
  }

  @Test
  void theDiffNamesItsChange() throws DiagnosticException {
    Contacted before = read(YAML);
    List<Change> changes = FormDiff.compare(FORM, before, before.withContact("李四"));
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Change.Kind.CHANGED);
              assertThat(c.path()).containsExactly("联系人");
              assertThat(c.before()).isEqualTo("张三 020-12345678");
              assertThat(c.after()).isEqualTo("李四");
            });
  }

  @Test
  void theSchemaExplainsIt() {
    String schema = FormSchema.write(FORM, "x");
    assertThat(schema)
        .contains(
            "\"部门名称\": {",
            "\"联系人\": {\n      \"title\": \"联系人\",\n      \"description\": \"填报人姓名和联系电话。\"");
    assertThat(FormSchema.write(DepartmentForm.FORM, "x")).doesNotContain("联系人");
  }

  @Test
  void aTemplateThatDoesNotPrintItSaysSo() throws Exception {
    Renderer renderer =
        new Renderer(
            new TemplateEngine(MESSAGES),
            new TemplateCatalog(Path.of("."), MESSAGES).resolve("gd-municipal"));
    Set<String> used = renderer.docx().usage().usedPaths();
    Contacted filled = read(YAML);

    assertThat(UnprintedFields.of(FORM, filled, used)).contains("联系人");
    assertThat(UnprintedFields.of(FORM, filled.withContact(null), used)).doesNotContain("联系人");
    Set<String> printing = new HashSet<>(used);
    printing.add("联系人");
    assertThat(UnprintedFields.of(FORM, filled, printing)).doesNotContain("联系人");
  }

  @Property(tries = 50)
  void generatedValuesRoundTrip(@ForAll("contacted") Contacted c) throws DiagnosticException {
    assertThat(read(FormWriter.write(FORM, c, "s.json"))).isEqualTo(c);
  }

  @Provide
  Arbitrary<Contacted> contacted() {
    return DeclarationArbitraries.of(FORM);
  }

  private static Contacted read(String yaml) throws DiagnosticException {
    return new FormReader<>(FORM, MESSAGES)
        .read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8))
        .value();
  }
}
