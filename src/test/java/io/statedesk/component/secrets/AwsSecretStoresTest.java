package io.statedesk.component.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.DynamoDbComponentConfig;
import io.statedesk.component.model.Severity;
import io.statedesk.component.model.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS Secrets Manager and SSM Parameter Store as daprd's secret stores, against a stand-in of their JSON APIs. */
class AwsSecretStoresTest {

    @TempDir
    Path folder;
    private AwsJsonStandIn aws;

    @BeforeEach
    void start() throws Exception {
        aws = new AwsJsonStandIn();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void secretsManager_resolvesTheFieldNamedAfterTheSecret() throws Exception {
        aws.secretStrings.put("ddb-access-key", "AKIASTANDIN");
        aws.secretStrings.put("ddb-secret-key", "standin-secret");

        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager", ""), "ddb-access-key", "",
                "ddb-secret-key", "");

        assertThat(resolved.problems()).isEmpty();
        DynamoDbComponentConfig config = resolved.dynamoDbConfig();
        assertThat(config.accessKey().reveal()).isEqualTo("AKIASTANDIN");
        assertThat(config.secretKey().reveal()).isEqualTo("standin-secret");
        assertThat(aws.calls).containsExactlyInAnyOrder("secretsmanager.GetSecretValue ddb-access-key",
                "secretsmanager.GetSecretValue ddb-secret-key");
    }

    @Test
    void secretsManager_multipleKeyValuesPerSecret_readsMembersOfAJsonSecret() throws Exception {
        aws.secretStrings.put("dynamodb", "{\"accessKey\":\"AKIAJSON\",\"secretKey\":\"json-secret\"}");

        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager",
                "    - name: multipleKeyValuesPerSecret\n      value: \"true\"\n"), "dynamodb", "accessKey",
                "dynamodb", "secretKey");

        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.dynamoDbConfig().accessKey().reveal()).isEqualTo("AKIAJSON");
        assertThat(resolved.dynamoDbConfig().secretKey().reveal()).isEqualTo("json-secret");
        // daprd caches per secret name: one request for both items
        assertThat(aws.calls).containsExactly("secretsmanager.GetSecretValue dynamodb");
    }

    @Test
    void secretsManager_withoutMultipleKeys_aJsonSecretIsOneFieldSoAKeyInsideItIsMissing() throws Exception {
        aws.secretStrings.put("dynamodb", "{\"accessKey\":\"AKIAJSON\",\"secretKey\":\"json-secret\"}");

        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager", ""), "dynamodb", "accessKey",
                "dynamodb", "secretKey");

        assertThat(resolved.problems()).extracting(Violation::message).first().asString()
                .startsWith("Secret `dynamodb` has no key `accessKey`");
    }

    @Test
    void secretsManager_missingSecret_saysWhichStoreAndWhere() throws Exception {
        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager", ""), "nope", "", "nope", "");

        assertThat(resolved.problems()).extracting(Violation::severity).containsOnly(Severity.ERROR);
        assertThat(resolved.problems().get(0).message()).isEqualTo("AWS Secrets Manager (" + aws.endpoint()
                + ", secret store `aws-secrets`) has no secret `nope`.");
    }

    @Test
    void secretsManager_accessDenied_isOneSentenceWithThePermissionToAskFor() throws Exception {
        aws.denied.add("ddb-access-key");
        aws.secretStrings.put("ddb-access-key", "AKIAHIDDEN");

        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager", ""), "ddb-access-key", "",
                "ddb-access-key", "");

        Violation v = resolved.problems().get(0);
        assertThat(v.message()).contains("Secrets Manager (" + aws.endpoint() + ") refused to read `ddb-access-key`",
                "AccessDeniedException").doesNotContain("AKIAHIDDEN");
        assertThat(v.fix()).contains("secretsmanager:GetSecretValue");
    }

    @Test
    void parameterStore_readsPrefixPlusNameDecrypted() throws Exception {
        aws.parameters.put("/prod/orders/access-key", "AKIAPARAM");
        aws.parameters.put("/prod/orders/secret-key", "param-secret");

        ResolvedMetadata resolved = resolve(store("secretstores.aws.parameterstore",
                "    - name: prefix\n      value: /prod/orders/\n"), "access-key", "", "secret-key", "");

        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.dynamoDbConfig().accessKey().reveal()).isEqualTo("AKIAPARAM");
        assertThat(resolved.dynamoDbConfig().secretKey().reveal()).isEqualTo("param-secret");
        assertThat(aws.calls).contains("AmazonSSM.GetParameter /prod/orders/access-key decrypted");
    }

    @Test
    void parameterStore_missingParameter_namesTheFullParameterName() throws Exception {
        ResolvedMetadata resolved = resolve(store("secretstores.aws.parameterstore",
                "    - name: prefix\n      value: /prod/\n"), "gone", "", "gone", "");

        assertThat(resolved.problems().get(0).message()).contains("has no parameter `/prod/gone`");
    }

    @Test
    void unreachableStore_saysSoInsteadOfHanging() throws Exception {
        String endpoint = aws.endpoint();
        aws.close();

        ResolvedMetadata resolved = resolve(store("secretstores.aws.secretmanager", "").replace(aws.endpoint(),
                endpoint), "a", "", "b", "");

        assertThat(resolved.problems().get(0).message()).contains("could not be reached for secret store `aws-secrets`");
    }

    /** A folder with the AWS store and a DynamoDB component whose keys are secretKeyRefs to it. */
    private ResolvedMetadata resolve(String storeYaml, String accessName, String accessKey, String secretName,
                                     String secretKey) throws Exception {
        Files.writeString(folder.resolve("secrets.yaml"), storeYaml);
        Files.writeString(folder.resolve("state.yaml"), """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.aws.dynamodb
                  version: v1
                  metadata:
                    - name: table
                      value: dapr-state
                    - name: region
                      value: eu-west-1
                    - name: accessKey
                      secretKeyRef:
                        name: %s
                        key: "%s"
                    - name: secretKey
                      secretKeyRef:
                        name: %s
                        key: "%s"
                auth:
                  secretStore: aws-secrets
                """.formatted(accessName, accessKey, secretName, secretKey));
        ComponentSet set = ComponentLoader.load(folder);
        return new SecretResolver(set, Map.of()).resolve(set.component("statestore").orElseThrow());
    }

    private String store(String type, String extra) {
        return """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: aws-secrets
                spec:
                  type: %s
                  version: v1
                  metadata:
                    - name: region
                      value: eu-west-1
                    - name: endpoint
                      value: %s
                    - name: accessKey
                      value: AKIASTOREKEY
                    - name: secretKey
                      value: store-secret
                %s""".formatted(type, aws.endpoint(), extra);
    }
}
