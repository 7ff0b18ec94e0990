package io.statedesk.engine.model;

/** The DynamoDB type of the {@code value} attribute: daprd writes bytes as B and JSON text as S. */
public enum Storage {
    /** A DynamoDB string: UTF-8 text, in practice JSON written by daprd's HTTP API. */
    S,
    /** A DynamoDB binary: the exact bytes an SDK sent over gRPC. */
    B,
    /**
     * A DynamoDB number. Dapr never writes one, but its Get reads an N value as its decimal text, and so does the
     * engine. Only for reading: a Set with N is refused.
     */
    N
}
