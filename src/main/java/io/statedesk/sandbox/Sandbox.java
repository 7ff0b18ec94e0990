package io.statedesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The sandbox a newcomer sees first: DynamoDB Local on a loopback port, kept under the app data folder so edits
 * survive a restart, a Dapr-shaped table, a component folder pointing at it and sample state as Dapr apps leave it.
 */
public final class Sandbox implements AutoCloseable {

    public static final String TABLE = "dapr-state";
    public static final String TTL_ATTRIBUTE = "expiresAt";
    public static final String COMPONENT_NAME = "statestore";
    public static final String COMPONENT_FILE = "statestore.yaml";

    private final Path folder;
    private final LocalDynamoDbServer server;
    private final DynamoDbClient client;
    private final boolean seeded;

    private Sandbox(Path folder, LocalDynamoDbServer server, DynamoDbClient client, boolean seeded) {
        this.folder = folder;
        this.server = server;
        this.client = client;
        this.seeded = seeded;
    }

    /** Starts the sandbox kept in {@code folder}; creates and fills the table on first use only. */
    public static Sandbox start(Path folder, Clock clock) {
        LocalDynamoDbServer server = LocalDynamoDbServer.startPersistent(folder.resolve("db"));
        DynamoDbClient client = clientFor(server.endpoint());
        try {
            boolean created = ensureTable(client);
            if (created) {
                SampleState.write(client, TABLE, clock);
            }
            Sandbox sandbox = new Sandbox(folder, server, client, created);
            sandbox.writeComponentFolder();
            return sandbox;
        } catch (RuntimeException e) {
            client.close();
            server.close();
            throw e;
        }
    }

    /** Deletes the sandbox database; the next start creates fresh sample state. Call only when stopped. */
    public static void deleteData(Path folder) {
        Path db = folder.resolve("db");
        if (!Files.exists(db)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(db)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the sandbox database in " + db, e);
        }
    }

    public static Path defaultFolder() {
        return AppDataFolder.resolve().resolve("sandbox");
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public DynamoDbClient client() {
        return client;
    }

    public Path componentFolder() {
        return folder.resolve("components");
    }

    public Path componentFile() {
        return componentFolder().resolve(COMPONENT_FILE);
    }

    /** True when this start created the table and wrote the sample state. */
    public boolean freshlySeeded() {
        return seeded;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }

    private static Map<String, String> sandboxMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ttlAttributeName", TTL_ATTRIBUTE);
        metadata.put("actorStateStore", "true");
        return metadata;
    }

    static DynamoDbClient clientFor(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(LocalDynamoDbServer.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalDynamoDbServer.ACCESS_KEY, LocalDynamoDbServer.SECRET_KEY)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    private static boolean ensureTable(DynamoDbClient client) {
        try {
            client.describeTable(b -> b.tableName(TABLE));
            return false;
        } catch (ResourceNotFoundException missing) {
            client.createTable(b -> b.tableName(TABLE)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName("key").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("key").keyType(KeyType.HASH).build()));
            client.updateTimeToLive(b -> b.tableName(TABLE)
                    .timeToLiveSpecification(t -> t.attributeName(TTL_ATTRIBUTE).enabled(true)));
            return true;
        }
    }

    /** Rewritten at every start: the port may differ from the last run. */
    private void writeComponentFolder() {
        String yaml = LocalComponentYaml.render("""
                StateDesk sandbox: a Dapr state store on the DynamoDB Local that StateDesk runs.
                Point a local daprd at it with: daprd --resources-path %s ...""".formatted(componentFolder()),
                COMPONENT_NAME, TABLE, endpoint(), sandboxMetadata());
        try {
            Files.createDirectories(componentFolder());
            Files.writeString(componentFile(), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox component to " + componentFile(), e);
        }
    }
}
