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

    static Conditions etagMatches(String etag) {
        return new Conditions(ETAG_MATCHES, Map.of(":etag", AttributeValue.fromS(etag)));
    }
}
