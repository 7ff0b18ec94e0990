package io.statedesk.engine.model;

import java.util.Objects;

/**
 * One attribute of an item as DynamoDB holds it, for showing the whole item: read-only, no Dapr interpretation.
 *
 * @param name  the attribute name
 * @param type  DynamoDB's type descriptor: S, N, B, BOOL, NULL, M, L, SS, NS or BS
 * @param value the value as text: a string as is, a number as written, binary as base64, a set, list or map as
 *              DynamoDB JSON ({@code [{"S":"a"}]})
 */
public record RawAttribute(String name, String type, String value) {
    public RawAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
