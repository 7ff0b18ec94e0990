package io.statedesk.component.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statedesk.component.model.Secret;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * {@code secretstores.aws.secretmanager} as components-contrib reads it: GetSecretValue with the secret name as
 * SecretId gives one field named after the secret (its SecretString). With {@code multipleKeyValuesPerSecret} a
 * SecretString that is a JSON object of strings becomes one field per member instead (anything else stays one
 * field). A binary-only secret has no fields.
 */
final class AwsSecretsManagerStore implements SecretStore {

    private final AwsStoreSettings settings;
    private final boolean multipleKeyValuesPerSecret;

    AwsSecretsManagerStore(AwsStoreSettings settings, boolean multipleKeyValuesPerSecret) {
        this.settings = settings;
        this.multipleKeyValuesPerSecret = multipleKeyValuesPerSecret;
    }

    @Override
    public Optional<Map<String, Secret>> secret(String name) throws SecretStoreException {
        try (SecretsManagerClient client = settings.build(SecretsManagerClient.builder(), "Secrets Manager")) {
            GetSecretValueResponse r = client.getSecretValue(b -> b.secretId(name));
            return Optional.of(fields(r.name(), r.secretString()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsStoreFailures.of(e, "Secrets Manager", "secretsmanager:GetSecretValue", name, settings);
        }
    }

    Map<String, Secret> fields(String name, String secretString) {
        Map<String, Secret> out = new LinkedHashMap<>();
        if (name == null || secretString == null) {
            return out;
        }
        if (multipleKeyValuesPerSecret) {
            Optional<Map<String, Secret>> members = stringMembers(secretString);
            if (members.isPresent()) {
                return members.get();
            }
        }
        out.put(name, Secret.of(secretString));
        return out;
    }

    /** The members when the text is a JSON object whose values are all strings, as Go's map[string]string needs. */
    private static Optional<Map<String, Secret>> stringMembers(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        Map<String, Secret> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                return Optional.empty();
            }
            out.put(e.getKey(), Secret.of(e.getValue().textValue()));
        }
        return Optional.of(out);
    }

    @Override
    public Map<String, List<String>> names() {
        return Map.of();
    }

    @Override
    public String notFound(String name, String storeLabel) {
        return "AWS Secrets Manager (" + settings.where() + ", secret store `" + storeLabel + "`) has no secret `"
                + name + "`.";
    }

    @Override
    public String toString() {
        return "AwsSecretsManagerStore[" + settings.storeName() + "]";
    }
}
