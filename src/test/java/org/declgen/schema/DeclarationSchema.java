package org.declgen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The repository's JSON Schema, loaded once for the tests. */
final class DeclarationSchema {
  static final Path FILE = Path.of("schema/declaration.schema.json");
  private static final JsonSchema SCHEMA = load();

  private DeclarationSchema() {}

  private static JsonSchema load() {
    try (InputStream in = Files.newInputStream(FILE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> validate(JsonNode document) {
    return SCHEMA.validate(document);
  }

  static Set<ValidationMessage> validateYaml(String yaml) {
    return validate(YamlJson.toJson(YamlJson.compose(yaml)));
  }
}
