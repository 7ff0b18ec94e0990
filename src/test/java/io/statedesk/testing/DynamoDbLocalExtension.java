package io.statedesk.testing;

import io.statedesk.sandbox.LocalDynamoDbServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts DynamoDB Local once per test run, in this JVM, as an HTTP server on a free loopback port, and resolves
 * {@link DynamoDbClient} and {@link DaprTables} parameters. The server stops when the run ends.
 */
public final class DynamoDbLocalExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoDbLocalExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DaprTables.class || type == LocalDynamoDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension)
            throws ParameterResolutionException {
        LocalDynamoDb db = shared(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return db.client();
        }
        if (type == DaprTables.class) {
            return new DaprTables(db.client());
        }
        return db;
    }

    static LocalDynamoDb shared(ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalDynamoDb.class, ignored -> LocalDynamoDb.start(), LocalDynamoDb.class);
    }

    /** The running server and a client for it; closed by JUnit at the end of the run. */
    public static final class LocalDynamoDb implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final LocalDynamoDbServer server;
        private final DynamoDbClient client;

        private LocalDynamoDb(LocalDynamoDbServer server, DynamoDbClient client) {
            this.server = server;
            this.client = client;
        }

        static LocalDynamoDb start() {
            LocalDynamoDbServer server = LocalDynamoDbServer.startInMemory();
            return new LocalDynamoDb(server, newClient(server));
        }

        /** A new client for the same server, for tests that need a second, independent writer. */
        public static DynamoDbClient newClient(LocalDynamoDbServer server) {
            return DynamoDbClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.of(LocalDynamoDbServer.REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(LocalDynamoDbServer.ACCESS_KEY, LocalDynamoDbServer.SECRET_KEY)))
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .build();
        }

        public DynamoDbClient client() {
            return client;
        }

        public LocalDynamoDbServer server() {
            return server;
        }

        @Override
        public void close() {
            client.close();
            server.close();
        }
    }
}
