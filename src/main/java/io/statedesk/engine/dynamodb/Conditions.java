package io.statedesk.engine.dynamodb;

import io.statedesk.engine.model.Concurrency;
import io.statedesk.engine.model.SetRequest;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** daprd's two condition expressions, character for character. */
record Conditions(String expression, Map<String, AttributeValue> values) {

    static final String ETAG_MATCHES = "etag = :etag";
    static final String FIRST_WRITE = "attribute_not_exists(etag)";

    /** An ETag wins over first-write; an empty ETag counts as none; last-write has no condition (null). */
    static Conditions forSet(SetRequest request) {
        if (request.hasEtag()) {
            return etagMatches(request.etag());
        }
        if (request.concurrency() == Concurrency.FIRST_WRITE) {
            return new Conditions(FIRST_WRITE, null);
        }
        return null;
    }

    /** For StateDesk's checked deletes: the ETag that was read, or for a legacy item still none. */
    static Conditions unchangedSince(String etag) {
        return etag == null ? new Conditions(FIRST_WRITE, null) : etagMatches(etag);
    }

    static Conditions etagMatches(String etag) {
        return new Conditions(ETAG_MATCHES, Map.of(":etag", AttributeValue.fromS(etag)));
    }
}
