package org.declgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declgen.diag.DiagnosticException;
import org.declgen.diag.Messages;
import org.declgen.diag.UnsafeCharacters;
import org.declgen.model.Declaration;
import org.declgen.pipeline.Pipeline;
import org.declgen.render.OutputFormat;
import org.declgen.testing.DeclarationArbitraries;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;

/**
 * Issue 14's first invariant, over generated declarations: whatever loads (check's errors or not,
 * as {@code render --force} renders it) renders with both built-in templates to a Word file whose
 * every XML part is well-formed and to a Markdown free of control characters.
 */
class RenderInvariantProperties {
  private static final Pipeline PIPELINE =
      new Pipeline(Path.of("").toAbsolutePath(), Messages.chinese());

  @Property(tries = 40)
  void whateverLoadsRendersToAWellFormedWordFileAndACleanMarkdown(
      @ForAll("hostile") Declaration generated) throws DiagnosticException {
    Declaration d = Samples.parse("x.yaml", DeclarationWriter.write(generated)).declaration();
    for (String template : List.of("gz-district", "gd-municipal")) {
      Map<OutputFormat, byte[]> out =
          PIPELINE.render(d, template, EnumSet.of(OutputFormat.DOCX, OutputFormat.MD));
      List<String> violations = new ArrayList<>();
      FuzzTarget.wellFormed(out.get(OutputFormat.DOCX), template, violations);
      assertThat(violations).isEmpty();
      String md = new String(out.get(OutputFormat.MD), StandardCharsets.UTF_8);
      assertThat(UnsafeCharacters.indexOfUnsafe(md)).as(template + " Markdown").isNegative();
    }
  }

  @Provide
  Arbitrary<Declaration> hostile() {
    return DeclarationArbitraries.hostileDeclarations();
  }
}
