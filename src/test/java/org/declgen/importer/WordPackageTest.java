package org.declgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.declgen.importer.ImportFixtures.DOCUMENT;
import static org.declgen.importer.ImportFixtures.refusal;
import static org.declgen.importer.ImportFixtures.text;
import static org.declgen.importer.ImportFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.declgen.diag.Diagnostic;
import org.declgen.testing.Samples;
import org.declgen.yaml.DeclarationWriter;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: docx4j opens the Word package for import, the main document part found through
 * the package relationships (not by its usual name); Strict OOXML and packages as WPS and
 * LibreOffice write them import like Word's; a damaged package is refused with what is wrong.
 */
class WordPackageTest {
  private static final String RELS = "_rels/.rels";
  private static final String TYPES = "[Content_Types].xml";
  private static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private static Map<String, byte[]> sample() {
    return ImportFixtures.entries(ImportFixtures.sampleDocx());
  }

  private static void assertImportsAsTheSample(Map<String, byte[]> entries) throws Exception {
    ImportResult result = ImportFixtures.importBytes("form.docx", ImportFixtures.zip(entries));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(DeclarationWriter.write(result.declaration()))
        .isEqualTo(Samples.read(Samples.NANSHA));
  }

  @Test
  void theMainPartIsFoundThroughTheRelationshipsWhateverItsName() throws Exception {
    Map<String, byte[]> entries = renamed(sample(), DOCUMENT, "word/document2.xml");
    entries.put(RELS, utf8(text(entries, RELS).replace("word/document.xml", "word/document2.xml")));
    entries.put(
        TYPES, utf8(text(entries, TYPES).replace("/word/document.xml", "/word/document2.xml")));

    assertImportsAsTheSample(entries);
  }

  @Test
  void anAbsoluteTargetAsSomeWritersUseIsResolved() throws Exception {
    Map<String, byte[]> entries = sample();
    entries.put(RELS, utf8(text(entries, RELS).replace("Target=\"word/", "Target=\"/word/")));

    assertImportsAsTheSample(entries);
  }

  /** Strict OOXML: other namespaces for WordprocessingML and for relationship types. */
  @Test
  void aStrictOoxmlPackageImports() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : sample().entrySet()) {
      String xml = new String(e.getValue(), StandardCharsets.UTF_8);
      entries.put(
          e.getKey(),
          utf8(
              xml.replace(
                      "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                      "http://purl.oclc.org/ooxml/wordprocessingml/main")
                  .replace(
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                      "http://purl.oclc.org/ooxml/officeDocument/relationships")));
    }
    assertThat(text(entries, RELS)).contains("purl.oclc.org/ooxml/officeDocument/relationships/");

    assertImportsAsTheSample(entries);
  }

  @Test
  void aPackageWithoutContentTypesIsRefusedNamingThePart() {
    Map<String, byte[]> entries = sample();
    entries.remove(TYPES);
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.docx.missing-package-part");
    assertThat(d.message()).isEqualTo("Word 文件缺少包结构文件「[Content_Types].xml」，文件已损坏，拒绝导入");
  }

  @Test
  void aPackageWhoseRelationshipsNameNoMainPartIsRefused() {
    Map<String, byte[]> entries = sample();
    entries.put(RELS, utf8(text(entries, RELS).replace("/officeDocument\"", "/somethingElse\"")));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.docx.no-main-part");
    assertThat(d.message()).contains("_rels/.rels").contains("没有指向正文");
  }

  @Test
  void aMissingMainPartIsRefusedNamingIt() {
    Map<String, byte[]> entries = sample();
    entries.remove(DOCUMENT);
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.message()).isEqualTo("Word 文件缺少「word/document.xml」（由 _rels/.rels 指向），文件已损坏，拒绝导入");
  }

  @Test
  void aMainPartThatIsNoWordDocumentIsNotWhatItSays() {
    Map<String, byte[]> entries = sample();
    entries.put(
        TYPES,
        utf8(
            text(entries, TYPES)
                .replace(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
  }

  @Test
  void brokenRelationshipsAreRefusedWithWhereTheyBreak() {
    Map<String, byte[]> entries = sample();
    entries.put(RELS, utf8("<Relationships"));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.bad-xml-at");
    assertThat(d.message()).startsWith("文件中的「_rels/.rels」在第 1 行");
  }

  /** Some writers give a part's type only through its extension's default. */
  @Test
  void aMainPartTypedOnlyByItsExtensionImports() throws Exception {
    Map<String, byte[]> entries = renamed(sample(), DOCUMENT, "word/main.docxml");
    entries.put(RELS, utf8(text(entries, RELS).replace("word/document.xml", "word/main.docxml")));
    entries.put(
        TYPES,
        utf8(
            text(entries, TYPES)
                .replace("<Override PartName=\"/word/document.xml\"", "<Other PartName=\"x\"")
                .replace(
                    "<Default Extension=\"xml\"",
                    "<Default Extension=\"DOCXML\" ContentType=\""
                        + WORD_MAIN
                        + "\"/>"
                        + "<Default Extension=\"xml\"")));

    assertImportsAsTheSample(entries);
  }

  /** An override names one part's type; its extension's default does not stand in for it. */
  @Test
  void anOverrideOutranksItsExtensionsDefault() {
    Map<String, byte[]> entries = sample();
    entries.put(
        TYPES,
        utf8(
            text(entries, TYPES)
                .replace(WORD_MAIN, "application/xml")
                .replace(
                    "Extension=\"xml\" ContentType=\"application/xml\"",
                    "Extension=\"xml\" ContentType=\"" + WORD_MAIN + "\"")));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
  }

  /** Entries of other namespaces, or nested in foreign elements, are not the package's. */
  @Test
  void foreignEntriesAreNotRead() {
    Map<String, byte[]> entries = sample();
    String types = text(entries, TYPES);
    String override =
        "<Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_MAIN + "\"/>";
    assertThat(types).contains(override);
    entries.put(
        TYPES,
        utf8(
            types.replace(
                override,
                "<x:Override xmlns:x=\"urn:other\" PartName=\"/word/document.xml\" ContentType=\""
                    + WORD_MAIN
                    + "\"/><Extra><Override PartName=\"/word/document.xml\" ContentType=\""
                    + WORD_MAIN
                    + "\"/></Extra>")));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.not-what-it-says");
  }

  @Test
  void aContentTypesPartOfAnotherKindIsRefusedNamingIt() {
    Map<String, byte[]> entries = sample();
    entries.put(TYPES, entries.get(RELS));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.docx.bad-part");
    assertThat(d.message()).isEqualTo("Word 文件中的「[Content_Types].xml」无法读取，文件已损坏，拒绝导入");
  }

  @Test
  void relationshipsInAnotherNamespaceAreRefusedNamingThePart() {
    Map<String, byte[]> entries = sample();
    entries.put(
        RELS,
        utf8(
            text(entries, RELS)
                .replace(
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"",
                    "xmlns=\"urn:other\"")));
    Diagnostic d = refusal("form.docx", ImportFixtures.zip(entries));

    assertThat(d.code()).isEqualTo("import.docx.bad-part");
    assertThat(d.message()).contains("「_rels/.rels」");
  }

  private static Map<String, byte[]> renamed(Map<String, byte[]> entries, String from, String to) {
    Map<String, byte[]> result = new LinkedHashMap<>();
    entries.forEach((k, v) -> result.put(k.equals(from) ? to : k, v));
    return result;
  }
}
