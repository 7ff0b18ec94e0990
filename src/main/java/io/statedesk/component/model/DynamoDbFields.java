package io.statedesk.component.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The metadata field names of {@code state.aws.dynamodb}, grouped by who reads them (spec section 1). */
public final class DynamoDbFields {

    public static final String TABLE = "table";
    public static final String ENDPOINT = "endpoint";
    public static final String REGION = "region";
    public static final String AWS_REGION = "awsRegion";
    public static final String ACCESS_KEY = "accessKey";
    public static final String SECRET_KEY = "secretKey";
    public static final String SESSION_TOKEN = "sessionToken";
    public static final String TTL_ATTRIBUTE_NAME = "ttlAttributeName";
    public static final String PARTITION_KEY = "partitionKey";
    public static final String ACTOR_STATE_STORE = "actorStateStore";
    public static final String KEY_PREFIX = "keyPrefix";
    public static final String ASSUME_ROLE_ARN = "assumeRoleArn";
    public static final String SESSION_NAME = "sessionName";
    public static final String TRUST_ANCHOR_ARN = "trustAnchorArn";
    public static final String TRUST_PROFILE_ARN = "trustProfileArn";
    public static final String TTL_IN_SECONDS = "ttlInSeconds";
    public static final String PRIMARY_ENCRYPTION_KEY = "primaryEncryptionKey";
    public static final String SECONDARY_ENCRYPTION_KEY = "secondaryEncryptionKey";

    /** Decoded by the Go component itself. */
    public static final List<String> COMPONENT = List.of(TABLE, ENDPOINT, REGION, AWS_REGION, ACCESS_KEY, SECRET_KEY,
            SESSION_TOKEN, TTL_ATTRIBUTE_NAME, PARTITION_KEY);
    /** Read by daprd for every state store. */
    public static final List<String> DAPRD = List.of(ACTOR_STATE_STORE, KEY_PREFIX, PRIMARY_ENCRYPTION_KEY,
            SECONDARY_ENCRYPTION_KEY, "outboxPublishPubsub", "outboxPublishTopic", "outboxPubsub",
            "outboxDiscardWhenMissingState");
    /** Part of Dapr's AWS authentication profiles; this component uses only the Roles Anywhere trio. */
    public static final List<String> AUTH = List.of(ASSUME_ROLE_ARN, SESSION_NAME, TRUST_ANCHOR_ARN,
            TRUST_PROFILE_ARN);
    /** Fields daprd accepts for this component in any spelling case. */
    public static final Set<String> KNOWN = Stream.of(COMPONENT, DAPRD, AUTH).flatMap(List::stream)
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** All names, for "did you mean". */
    public static final List<String> SUGGESTABLE = Stream.of(COMPONENT, DAPRD, AUTH).flatMap(List::stream).toList();
    /** Fields holding credentials, which belong in a secret store. */
    public static final Set<String> CREDENTIALS = Set.of(ACCESS_KEY.toLowerCase(Locale.ROOT),
            SECRET_KEY.toLowerCase(Locale.ROOT), SESSION_TOKEN.toLowerCase(Locale.ROOT));

    private DynamoDbFields() {
    }

    public static boolean isKnown(String name) {
        return KNOWN.contains(name.toLowerCase(Locale.ROOT));
    }
}
