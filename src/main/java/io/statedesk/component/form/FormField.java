package io.statedesk.component.form;

import io.statedesk.component.model.DynamoDbFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every field of the component form: the manifest's name, namespace, {@code auth.secretStore} and scopes, then each
 * {@code spec.metadata} item that {@code state.aws.dynamodb} or daprd reads (spec section 1).
 */
public enum FormField {
    NAME("Name", null, false, "The store name apps use: /v1.0/state/<name>."),
    NAMESPACE("Namespace", null, false, "Optional. Self-hosted daprd honours it only when NAMESPACE is set."),
    SECRET_STORE("Secret store", null, false, "auth.secretStore: the secret store every secretKeyRef reads from."),
    SCOPES("Scopes", null, false, "App ids allowed to load the component, separated by commas. Empty: every app."),
    TABLE("Table", DynamoDbFields.TABLE, false, "The DynamoDB table. Required."),
    ENDPOINT("Endpoint", DynamoDbFields.ENDPOINT, false,
            "Only for DynamoDB Local or LocalStack, e.g. http://localhost:8000. Empty: AWS itself."),
    REGION("Region", DynamoDbFields.REGION, false, "The AWS region. Empty: the SDK's default region."),
    ACCESS_KEY("Access key", DynamoDbFields.ACCESS_KEY, true,
            "Used only together with the secret key. Empty: the AWS default credential chain."),
    SECRET_KEY("Secret key", DynamoDbFields.SECRET_KEY, true, "Used only together with the access key."),
    SESSION_TOKEN("Session token", DynamoDbFields.SESSION_TOKEN, true, "Only with temporary access keys."),
    TTL_ATTRIBUTE_NAME("TTL attribute", DynamoDbFields.TTL_ATTRIBUTE_NAME, false,
            "Enables ttlInSeconds. Enable DynamoDB TTL on the same attribute so expired items are deleted."),
    PARTITION_KEY("Partition key", DynamoDbFields.PARTITION_KEY, false,
            "The table's hash key attribute (type S). Empty: key. daprd reads this name case-sensitively."),
    KEY_PREFIX("Key prefix", DynamoDbFields.KEY_PREFIX, false, "How daprd prefixes every key it stores."),
    ACTOR_STATE_STORE("Actor state store", DynamoDbFields.ACTOR_STATE_STORE, false,
            "Use this store for actor state (one per app).");

    /** The fields written as {@code spec.metadata} items, in the order a new file lists them. */
    public static final List<FormField> METADATA = Arrays.stream(values()).filter(FormField::isMetadata).toList();

    private final String label;
    private final String itemName;
    private final boolean secret;
    private final String help;

    FormField(String label, String itemName, boolean secret, String help) {
        this.label = label;
        this.itemName = itemName;
        this.secret = secret;
        this.help = help;
    }

    public String label() {
        return label;
    }

    /** The canonical metadata item name, or null for the manifest fields. */
    public String itemName() {
        return itemName;
    }

    public boolean isMetadata() {
        return itemName != null;
    }

    /** Credentials: masked in the form, and better kept in a secret store. */
    public boolean isSecret() {
        return secret;
    }

    public String help() {
        return help;
    }

    /**
     * The field a {@code Violation.field()} is about: {@code metadata.name}, {@code auth.secretStore},
     * {@code spec.metadata.<item>[.secretKeyRef...]}. Item names match case-insensitively, as daprd matches them;
     * the deprecated {@code awsRegion} belongs to the region field.
     */
    public static Optional<FormField> forViolation(String path) {
        if (path.equals("metadata.name")) {
            return Optional.of(NAME);
        }
        if (path.equals("metadata.namespace")) {
            return Optional.of(NAMESPACE);
        }
        if (path.equals("auth") || path.startsWith("auth.")) {
            return Optional.of(SECRET_STORE);
        }
        if (path.equals("scopes")) {
            return Optional.of(SCOPES);
        }
        String prefix = "spec.metadata.";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String item = path.substring(prefix.length());
        int dot = item.indexOf('.');
        String name = (dot < 0 ? item : item.substring(0, dot)).toLowerCase(Locale.ROOT);
        if (name.equals(DynamoDbFields.AWS_REGION.toLowerCase(Locale.ROOT))) {
            return Optional.of(REGION);
        }
        return METADATA.stream().filter(f -> f.itemName.toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
