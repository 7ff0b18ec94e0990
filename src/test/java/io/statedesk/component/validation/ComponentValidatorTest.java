package io.statedesk.component.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each malformed or suspicious component produces the intended violation, at the right place. */
class ComponentValidatorTest {

    /** A valid DynamoDB component, 12 lines; {@link #withItems} appends items from line 13 on. */
    static final String BASE = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: orders
            spec:
              type: state.aws.dynamodb
              version: v1
              metadata:
              - name: table
                value: orders
              - name: region
                value: eu-west-1
            """;

    /** Items after BASE: the first added item's name is at line 13, column 11; its value at line 14, column 12. */
    static String withItems(String items) {
        return BASE + items.stripIndent();
    }

    static String item(String name, String value) {
        return "  - name: " + name + "\n    value: " + value + "\n";
    }

    record Case(String description, String yaml, String field, Severity severity, String fragment, int line,
                int column) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Case c(String description, String yaml, String field, Severity severity, String fragment, int line,
                  int column) {
        return new Case(description, yaml, field, severity, fragment, line, column);
    }

    static Stream<Case> cases() {
        Severity E = Severity.ERROR;
        Severity W = Severity.WARNING;
        return Stream.of(
                c("not YAML", "apiVersion: dapr.io/v1alpha1\nkind: [Component\n", "yaml", E, "Not valid YAML", 3, 1),
                c("tab indentation", "kind: Component\nspec:\n\ttype: x\n", "yaml", E, "Not valid YAML", 3, 1),
                c("a list, not a mapping", "- apiVersion: dapr.io/v1alpha1\n- kind: Component\n", "document", E,
                        "must be a YAML mapping", 1, 1),
                c("a single scalar", "just some text\n", "document", E, "must be a YAML mapping", 1, 1),
                c("kind in lower case", BASE.replace("kind: Component", "kind: component"), "kind", E,
                        "daprd compares it exactly", 2, 7),
                c("no kind but a spec.type", BASE.replace("kind: Component\n", ""), "kind", E,
                        "has no `kind`", 1, 1),
                c("wrong apiVersion", BASE.replace("dapr.io/v1alpha1", "dapr.io/v1"), "apiVersion", W,
                        "is not `dapr.io/v1alpha1`", 1, 13),
                c("no metadata.name", BASE.replace("  name: orders\n", "  namespace: prod\n"), "metadata.name", E,
                        "has no `metadata.name`", 3, 1),
                c("name with a slash", BASE.replace("name: orders", "name: team/orders"), "metadata.name", E,
                        "URL path segment", 4, 9),
                c("name `..`", BASE.replace("name: orders", "name: '..'"), "metadata.name", E,
                        "URL path segment", 4, 9),
                c("no spec.type", BASE.replace("  type: state.aws.dynamodb\n", ""), "spec.type", E,
                        "has no `spec.type`", 5, 1),
                c("unknown version", BASE.replace("version: v1", "version: v2"), "spec.version", E,
                        "not a version daprd knows", 7, 12),
                c("missing table", BASE.replace("  - name: table\n    value: orders\n", ""),
                        "spec.metadata.table", E, "missing dynamodb table name", 8, 3),
                c("empty table", BASE.replace("value: orders", "value: \"\""), "spec.metadata.table", E,
                        "`table` is empty", 9, 11),
                c("table name with spaces", BASE.replace("value: orders", "value: my orders!"),
                        "spec.metadata.table", E, "not a valid DynamoDB table name", 10, 12),
                c("table with a daprd placeholder", BASE.replace("value: orders", "value: \"{appID}-state\""),
                        "spec.metadata.table", W, "placeholder", 10, 12),
                c("table given as a list", BASE.replace("value: orders", "value: [a, b]"), "spec.metadata.table", E,
                        "single text value", 10, 12),
                c("tabel for table", withItems(item("tabel", "x")), "spec.metadata.tabel", W,
                        "Did you mean `table`?", 13, 11),
                c("ttlAttribute for ttlAttributeName", withItems(item("ttlAttribute", "expiresAt")),
                        "spec.metadata.ttlAttribute", W, "Did you mean `ttlAttributeName`?", 13, 11),
                c("endpont for endpoint", withItems(item("endpont", "http://localhost:8000")),
                        "spec.metadata.endpont", W, "Did you mean `endpoint`?", 13, 11),
                c("PartitionKey in another case", withItems(item("PartitionKey", "pk")),
                        "spec.metadata.PartitionKey", W, "exact spelling", 13, 11),
                c("empty partitionKey", withItems(item("partitionKey", "''")), "spec.metadata.partitionKey", E,
                        "present but empty", 13, 11),
                c("partitionKey named value", withItems(item("partitionKey", "value")),
                        "spec.metadata.partitionKey", E, "cannot be the partition key", 14, 12),
                c("unknown region", BASE.replace("eu-west-1", "eu-west-9"), "spec.metadata.region", W,
                        "Did you mean `eu-west-1`?", 12, 12),
                c("region with a typo", BASE.replace("eu-west-1", "eu-wset-1"), "spec.metadata.region", W,
                        "not an AWS region", 12, 12),
                c("endpoint without scheme", withItems(item("endpoint", "localhost:8000")),
                        "spec.metadata.endpoint", E, "http:// or https://", 14, 12),
                c("endpoint without host", withItems(item("endpoint", "'http://'")), "spec.metadata.endpoint", E,
                        "not a usable URL", 14, 12),
                c("endpoint with spaces", withItems(item("endpoint", "http://local host:8000")),
                        "spec.metadata.endpoint", E, "cannot be parsed", 14, 12),
                c("accessKey without secretKey", withItems(item("accessKey", "AKIAEXAMPLE")),
                        "spec.metadata.accessKey", W, "silently falls back", 13, 11),
                c("secretKey without accessKey", withItems(item("secretKey", "abc")), "spec.metadata.secretKey", W,
                        "without `accessKey`", 13, 11),
                c("sessionToken without keys", withItems(item("sessionToken", "tok")),
                        "spec.metadata.sessionToken", W, "ignored", 13, 11),
                c("plain text keys for real AWS", withItems(item("accessKey", "AKIA") + item("secretKey", "s")),
                        "spec.metadata.secretKey", W, "plain text", 16, 12),
                c("assumeRoleArn alone", withItems(item("assumeRoleArn", "arn:aws:iam::1:role/r")),
                        "spec.metadata.assumeRoleArn", W, "ignores `assumeRoleArn`", 13, 11),
                c("IAM Roles Anywhere", withItems(item("trustAnchorArn", "arn:a") + item("trustProfileArn", "arn:p")
                                + item("assumeRoleArn", "arn:r")), "spec.metadata.trustAnchorArn", W,
                        "Dapr workload certificate", 13, 11),
                c("Roles Anywhere half set", withItems(item("trustProfileArn", "arn:p")),
                        "spec.metadata.trustProfileArn", W, "together", 13, 11),
                c("keyPrefix with ||", withItems(item("keyPrefix", "a||b")), "spec.metadata.keyPrefix", E,
                        "must not contain `||`", 14, 12),
                c("keyPrefix written as yes", withItems(item("keyPrefix", "yes")), "spec.metadata.keyPrefix", W,
                        "YAML 1.1 boolean", 14, 12),
                c("table and Table", withItems(item("Table", "other")), "spec.metadata.Table", E,
                        "differ only in case", 13, 11),
                c("region listed twice", withItems(item("region", "eu-west-2")), "spec.metadata.region", W,
                        "listed twice (first on line 11)", 13, 11),
                c("secretKeyRef without a secret store", withItems("""
                          - name: secretKey
                            secretKeyRef:
                              name: aws
                              key: secret
                        """), "spec.metadata.secretKey", E, "names no `auth.secretStore`", 13, 11),
                c("secretKeyRef without a name", withItems("""
                          - name: accessKey
                            secretKeyRef:
                              key: id
                        auth:
                          secretStore: vault
                        """), "spec.metadata.accessKey", E, "has no `name`", 13, 11),
                c("secret store not in the folder", withItems("auth:\n  secretStore: vault\n"),
                        "auth.secretStore", W, "No component named `vault`", 14, 16),
                c("deprecated awsRegion", BASE.replace("name: region", "name: awsRegion"),
                        "spec.metadata.awsRegion", W, "deprecated", 11, 11),
                c("awsRegion beside region", withItems(item("awsRegion", "us-east-1")), "spec.metadata.awsRegion", W,
                        "region wins", 13, 11),
                c("ttlInSeconds as a component field", withItems(item("ttlInSeconds", "60")),
                        "spec.metadata.ttlInSeconds", W, "never merged", 13, 11),
                c("TTL attribute named etag", withItems(item("ttlAttributeName", "etag")),
                        "spec.metadata.ttlAttributeName", E, "collides", 14, 12),
                c("actorStateStore enabled", withItems(item("actorStateStore", "enabled")),
                        "spec.metadata.actorStateStore", W, "reads `enabled` as false", 14, 12),
                c("encryption key as plain value", withItems(item("primaryEncryptionKey", "abcd")),
                        "spec.metadata.primaryEncryptionKey", W, "only from a secretKeyRef", 13, 11),
                c("envRef to a DAPR_ variable", withItems("  - name: accessKey\n    envRef: DAPR_API_TOKEN\n"),
                        "spec.metadata.accessKey", E, "reserved", 13, 11),
                c("item without a name", withItems("  - value: x\n"), "spec.metadata.[2]", E, "has no `name`", 13, 5),
                c("item that is not a mapping", withItems("  - table\n"), "spec.metadata[2]", E,
                        "must be a mapping with `name`", 13, 5),
                c("item key misspelt", withItems("  - name: endpoint\n    valeu: http://localhost:8000\n"),
                        "spec.metadata[2].valeu", W, "Did you mean `value`?", 14, 5),
                c("item without value", withItems("  - name: endpoint\n"), "spec.metadata.endpoint", W,
                        "has no value", 13, 11),
                c("spec.metadata not a list", BASE.substring(0, BASE.indexOf("  - name: table"))
                        .replace("  metadata:\n", "  metadata: table\n"), "spec.metadata", E, "must be a list", 8, 13),
                c("initTimeout in words", BASE.replace("  version: v1\n", "  version: v1\n  initTimeout: 5 seconds\n"),
                        "spec.initTimeout", E, "Go duration", 8, 16),
                c("ignoreErrors maybe", BASE.replace("  version: v1\n", "  version: v1\n  ignoreErrors: maybe\n"),
                        "spec.ignoreErrors", E, "`true` or `false`", 8, 17),
                c("specs for spec", BASE.replace("spec:", "specs:"), "specs", W, "Did you mean `spec`?", 5, 1),
                c("spec twice", BASE + "spec:\n  type: state.redis\n", "spec", W, "more than once", 13, 1),
                c("text after a separator", BASE + "--- kind: Component\n" + BASE.replace("orders", "other"), "yaml",
                        W, "drops the text after `---`", 13, 4),
                c("two components with one name", BASE + "---\n" + BASE, "metadata.name", E,
                        "already named `orders`", 17, 9),
                c("file secret store without secretsFile", """
                        apiVersion: dapr.io/v1alpha1
                        kind: Component
                        metadata:
                          name: files
                        spec:
                          type: secretstores.local.file
                          version: v1
                          metadata:
                          - name: nestedSeparator
                            value: "."
                        """, "spec.metadata.secretsFile", E, "needs `secretsFile`", 8, 3),
                c("file secret store multiValued maybe", """
                        apiVersion: dapr.io/v1alpha1
                        kind: Component
                        metadata:
                          name: files
                        spec:
                          type: secretstores.local.file
                          metadata:
                          - name: secretsFile
                            value: secrets.json
                          - name: multiValued
                            value: maybe
                        """, "spec.metadata.multiValued", E, "true or false", 11, 12),
                c("secret store that is a state store", withItems("auth:\n  secretStore: orders\n"),
                        "auth.secretStore", E, "not a secret store", 14, 16),
                c("billion laughs", """
                        a: &a [x, x, x, x, x, x, x, x, x]
                        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                        """, "yaml", E, "billion laughs", 1, 1),
                c("deep nesting", "a: " + "[".repeat(60) + "]".repeat(60) + "\n", "yaml", E, "nests", 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedComponent_reportsTheIntendedViolation(Case c, @TempDir Path dir) throws IOException {
        List<Violation> violations = validate(dir, c.yaml());

        List<Violation> matching = violations.stream()
                .filter(v -> v.field().equals(c.field()) && v.severity() == c.severity()
                        && v.message().contains(c.fragment()))
                .toList();
        assertThat(matching).as("expected %s %s \"%s\" among:%n%s", c.severity(), c.field(), c.fragment(),
                describe(violations)).isNotEmpty();
        Violation v = matching.get(0);
        assertThat(v.line()).as("line of %s", v.describe()).isEqualTo(c.line());
        if (c.column() > 0) {
            assertThat(v.column()).as("column of %s", v.describe()).isEqualTo(c.column());
        }
        assertThat(v.fix()).as("what to do").isNotBlank();
        assertThat(v.file()).isEqualTo(dir.resolve("component.yaml"));
    }

    @Test
    void casesTable_hasAtLeastThirtyInputs() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void baseComponent_hasNoViolations(@TempDir Path dir) throws IOException {
        assertThat(validate(dir, BASE)).isEmpty();
    }

    @Test
    void violations_neverQuoteSecretValues(@TempDir Path dir) throws IOException {
        String yaml = withItems(item("accessKey", "AKIASECRETVALUE1") + item("sessionToken", "tokenSECRET2"));
        assertThat(validate(dir, yaml)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.describe()).doesNotContain("SECRETVALUE1", "SECRET2"));
    }

    @Test
    void violations_comeSortedByPosition(@TempDir Path dir) throws IOException {
        List<Violation> v = validate(dir, withItems(item("tabel", "x") + item("keyPrefix", "a||b")));
        assertThat(v).isSortedAccordingTo(Violation.BY_POSITION);
    }

    private static List<Violation> validate(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("component.yaml"), yaml, StandardCharsets.UTF_8);
        return ComponentValidator.validate(ComponentLoader.load(dir));
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
    }
}
