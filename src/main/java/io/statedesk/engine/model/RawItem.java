package io.statedesk.engine.model;

import java.util.List;

/**
 * A whole item as DynamoDB holds it: every attribute with its type, the key attribute first.
 *
 * @param attributes   the attributes, key first, then Dapr's (value, etag, TTL), then any others by name
 * @param dynamoDbJson the item in DynamoDB JSON, as {@code aws dynamodb get-item} prints it, indented
 */
public record RawItem(List<RawAttribute> attributes, String dynamoDbJson) {
    public RawItem {
        attributes = List.copyOf(attributes);
    }
}
