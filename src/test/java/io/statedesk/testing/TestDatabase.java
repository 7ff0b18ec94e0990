package io.statedesk.testing;

import io.statedesk.sandbox.DynoxideBinary;
import io.statedesk.sandbox.DynoxideServer;
import io.statedesk.sandbox.LocalCredentials;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The run's DynamoDB: the pinned dynoxide the build made (in memory, on a free port of 127.0.0.1, a child process
 * that ends with the run, even when the JVM is killed), or any server named by {@value #ENDPOINT_VARIABLE} (for
 * example a moto server), which the run then uses as it is.
 */
public final class TestDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Points the suite at another DynamoDB-compatible server instead of starting dynoxide. */
    public static final String ENDPOINT_VARIABLE = "STATEDESK_DDB_ENDPOINT";

    private final DynoxideServer server;
    private final URI endpoint;
    private final DynamoDbClient client;

    private TestDatabase(DynoxideServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.client = newClient(endpoint);
    }

    public static TestDatabase start() {
        String override = System.getenv(ENDPOINT_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new TestDatabase(null, URI.create(override.strip()));
        }
        DynoxideBinary binary = DynoxideBinary.locate();
        if (binary.path().isEmpty()) {
            throw new IllegalStateException("The tests need dynoxide, which the build puts in target/dynoxide (run"
                    + " them with ./mvnw verify), or a DynamoDB-compatible server named by " + ENDPOINT_VARIABLE
                    + ". Looked in: " + binary.searched());
        }
        DynoxideServer server = DynoxideServer.startInMemory(binary.path().get());
        return new TestDatabase(server, server.endpoint());
    }

    /** A new client for the same server, for tests that need a second, independent writer. */
    public static DynamoDbClient newClient(URI endpoint) {
        return LocalCredentials.clientFor(endpoint);
    }

    public DynamoDbClient newClient() {
        return newClient(endpoint);
    }

    public DynamoDbClient client() {
        return client;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** True when the run started dynoxide itself (not a server named by {@value #ENDPOINT_VARIABLE}). */
    public boolean isDynoxide() {
        return server != null;
    }

    /** The dynoxide process, when the run started one: benchmarks count its CPU. */
    public java.util.OptionalLong serverPid() {
        return server == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(server.serverPid());
    }

    @Override
    public void close() {
        client.close();
        if (server != null) {
            server.close();
        }
    }
}
