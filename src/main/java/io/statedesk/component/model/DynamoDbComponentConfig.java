package io.statedesk.component.model;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.KeyPrefix;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code state.aws.dynamodb} component as the Go component and daprd read its metadata: field names match
 * case-insensitively except {@code partitionKey} (exact, case-sensitive) and the Roles Anywhere trio (exact);
 * {@code region} wins over the deprecated {@code awsRegion}; {@code keyPrefix} is lower-cased. Credentials are
 * {@link Secret}s, so {@link #toString()} never shows them.
 *
 * @param componentName    {@code metadata.name}
 * @param table            the table, or null when missing (daprd: "missing dynamodb table name")
 * @param endpoint         endpoint override, or null
 * @param region           region, or null for the SDK's default region
 * @param accessKey        static access key, empty when not set
 * @param secretKey        static secret key, empty when not set
 * @param sessionToken     session token, empty when not set
 * @param ttlAttributeName TTL attribute, or null
 * @param partitionKey     hash key attribute; {@code key} unless the exact name {@code partitionKey} is set
 * @param keyPrefix        lower-cased keyPrefix, or null for daprd's default {@code appid}; "" when the item is
 *                         present but empty (daprd: an empty custom prefix)
 * @param actorStateStore  whether daprd uses this store for actors
 * @param rolesAnywhere    the IAM Roles Anywhere settings, or null
 */
public record DynamoDbComponentConfig(
        String componentName,
        String table,
        String endpoint,
        String region,
        Secret accessKey,
        Secret secretKey,
        Secret sessionToken,
        String ttlAttributeName,
        String partitionKey,
        String keyPrefix,
        boolean actorStateStore,
        RolesAnywhere rolesAnywhere) {

    /** IAM Roles Anywhere: daprd signs with its Dapr workload certificate, which a desktop app does not have. */
    public record RolesAnywhere(String trustAnchorArn, String trustProfileArn, String assumeRoleArn) {
    }

    public DynamoDbComponentConfig {
        accessKey = accessKey == null ? Secret.empty() : accessKey;
        secretKey = secretKey == null ? Secret.empty() : secretKey;
        sessionToken = sessionToken == null ? Secret.empty() : sessionToken;
        partitionKey = partitionKey == null ? StoreConfig.DEFAULT_PARTITION_KEY : partitionKey;
    }

    /** Reads the literal values of a manifest; secret and environment references count as missing. */
    public static DynamoDbComponentConfig from(ComponentManifest manifest) {
        return from(manifest, MetadataValues.literal());
    }

    public static DynamoDbComponentConfig from(ComponentManifest manifest, MetadataValues values) {
        Objects.requireNonNull(manifest, "manifest");
        Reader r = new Reader(manifest, values);
        String region = r.text(DynamoDbFields.REGION);
        if (region == null) {
            region = r.text(DynamoDbFields.AWS_REGION);
        }
        // Present but empty is not absent for keyPrefix: daprd then uses an empty custom prefix ("||k").
        String keyPrefix = r.text(DynamoDbFields.KEY_PREFIX);
        if (keyPrefix == null && !manifest.itemsMatching(DynamoDbFields.KEY_PREFIX).isEmpty()) {
            keyPrefix = "";
        }
        RolesAnywhere roles = null;
        String anchor = r.exact(DynamoDbFields.TRUST_ANCHOR_ARN);
        String profile = r.exact(DynamoDbFields.TRUST_PROFILE_ARN);
        String role = r.exact(DynamoDbFields.ASSUME_ROLE_ARN);
        if (notEmpty(anchor) && notEmpty(profile) && notEmpty(role)) {
            roles = new RolesAnywhere(anchor, profile, role);
        }
        return new DynamoDbComponentConfig(
                manifest.name(),
                r.text(DynamoDbFields.TABLE),
                r.text(DynamoDbFields.ENDPOINT),
                region,
                r.secret(DynamoDbFields.ACCESS_KEY),
                r.secret(DynamoDbFields.SECRET_KEY),
                r.secret(DynamoDbFields.SESSION_TOKEN),
                r.text(DynamoDbFields.TTL_ATTRIBUTE_NAME),
                manifest.item(DynamoDbFields.PARTITION_KEY).isPresent()
                        ? Objects.requireNonNullElse(r.exact(DynamoDbFields.PARTITION_KEY), "")
                        : StoreConfig.DEFAULT_PARTITION_KEY,
                keyPrefix == null ? null : keyPrefix.toLowerCase(Locale.ROOT),
                Truthy.isTruthy(r.text(DynamoDbFields.ACTOR_STATE_STORE)),
                roles);
    }

    /** The same settings with another endpoint: the one the AWS SDK would take from the environment or a profile. */
    public DynamoDbComponentConfig withEndpoint(String effectiveEndpoint) {
        return new DynamoDbComponentConfig(componentName, table, effectiveEndpoint, region, accessKey, secretKey,
                sessionToken, ttlAttributeName, partitionKey, keyPrefix, actorStateStore, rolesAnywhere);
    }

    /** Static keys are used only when both are set, as in daprd; otherwise the default chain runs. */
    public boolean hasStaticKeys() {
        return !accessKey.isEmpty() && !secretKey.isEmpty();
    }

    public Optional<String> regionIfSet() {
        return Optional.ofNullable(region);
    }

    public Optional<String> endpointIfSet() {
        return Optional.ofNullable(endpoint);
    }

    public EndpointKind endpointKind() {
        return EndpointKind.of(endpoint);
    }

    /** Loopback, localhost, LocalStack, DynamoDB Local: safe to write to by default. */
    public boolean isLocalEndpoint() {
        return endpointKind() == EndpointKind.LOCAL;
    }

    /** No endpoint, or an AWS host: real data, opened read-only by default. */
    public boolean pointsAtRealAws() {
        return endpointKind() == EndpointKind.REAL_AWS;
    }

    /**
     * The engine's view of this store.
     *
     * @throws IllegalStateException when the table is missing or {@code partitionKey} is empty (daprd fails too)
     */
    public StoreConfig toStoreConfig(boolean readOnly) {
        if (table == null || table.isEmpty()) {
            throw new IllegalStateException("Component " + componentName + " has no table (missing dynamodb table name)");
        }
        if (partitionKey.isEmpty()) {
            throw new IllegalStateException("Component " + componentName + " sets an empty partitionKey");
        }
        return new StoreConfig(table, partitionKey, ttlAttributeName, KeyPrefix.fromDaprd(keyPrefix),
                componentName, readOnly);
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /** Looks fields up the way daprd's DecodeMetadata does. */
    private record Reader(ComponentManifest manifest, MetadataValues values) {

        /** Case-insensitive match; the last item wins. Empty counts as missing. */
        String text(String field) {
            Secret s = secret(field);
            return s.isEmpty() ? null : s.reveal();
        }

        Secret secret(String field) {
            List<MetadataItem> items = manifest.itemsMatching(field);
            if (items.isEmpty()) {
                return Secret.empty();
            }
            return values.valueOf(items.get(items.size() - 1)).orElse(Secret.empty());
        }

        /** Exact, case-sensitive lookup of the raw properties map; null when absent, "" when empty. */
        String exact(String field) {
            return manifest.item(field).map(i -> values.valueOf(i).map(Secret::reveal).orElse("")).orElse(null);
        }
    }
}
