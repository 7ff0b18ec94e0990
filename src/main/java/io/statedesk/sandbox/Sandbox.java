package io.statedesk.sandbox;

import io.statedesk.folders.AppFolders;
import io.statedesk.dapr.encryption.StateCipher;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.table.TableCreation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sandbox a newcomer sees first: a dynoxide server on 127.0.0.1 with its data in one file of the sandbox folder
 * (edits survive a restart), on a port chosen once and kept, a Dapr-shaped table, a component folder pointing at it
 * and sample state as Dapr apps leave it.
 */
public final class Sandbox implements AutoCloseable {

    public static final String TABLE = "dapr-state";
    public static final String TTL_ATTRIBUTE = "expiresAt";
    public static final String COMPONENT_NAME = "statestore";
    public static final String COMPONENT_FILE = "statestore.yaml";
    /** The local secret store holding the state encryption key (kept in the sandbox folder's secrets.json). */
    public static final String SECRET_STORE_FILE = "secretstore.yaml";

    private final SandboxFolder folder;
    private final SandboxServer server;
    private final DynamoDbClient client;
    private final boolean seeded;
    private final StateCipher cipher;

    private Sandbox(SandboxFolder folder, SandboxServer server, DynamoDbClient client, boolean seeded,
            StateCipher cipher) {
        this.folder = folder;
        this.server = server;
        this.client = client;
        this.seeded = seeded;
        this.cipher = cipher;
    }

    /**
     * Starts the sandbox kept in {@code folder}; creates and fills the table on first use only.
     *
     * @param replaceLegacy true once the user agreed to replace a sandbox that DynamoDB Local left in the folder
     * @throws LegacySandboxException when such a folder is there and {@code replaceLegacy} is false
     * @throws DynoxideMissingException when no dynoxide can be found and no local endpoint is configured
     */
    public static Sandbox start(Path folder, Clock clock, DynoxideBinary binary, boolean replaceLegacy) {
        SandboxFolder files = new SandboxFolder(folder);
        if (files.hasLegacyData()) {
            if (!replaceLegacy) {
                throw new LegacySandboxException(files.legacyData());
            }
            files.deleteLegacyData();
        }
        SandboxServer server = SandboxServer.start(files, binary);
        DynamoDbClient client = LocalCredentials.clientFor(server.endpoint());
        try {
            StateCipher cipher = SandboxSecrets.ensure(files.folder());
            boolean created = ensureTable(client);
            if (created) {
                SampleState.write(client, TABLE, clock, cipher);
            }
            Sandbox sandbox = new Sandbox(files, server, client, created, cipher);
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
        new SandboxFolder(folder).deleteData();
    }

    /** Uses a local DynamoDB the user runs (for example DynamoDB Local in Docker) instead of dynoxide. */
    public static void useEndpoint(Path folder, URI endpoint) {
        new SandboxFolder(folder).writeEndpoint(endpoint);
    }

    public static Path defaultFolder() {
        return AppFolders.current().dataFile("sandbox");
    }

    /** The engine's view of the sandbox's table, as its component describes it (writable: it is local). */
    public static StoreConfig storeConfig() {
        return new StoreConfig(TABLE, StoreConfig.DEFAULT_PARTITION_KEY, TTL_ATTRIBUTE, KeyPrefix.appId(),
                COMPONENT_NAME, false);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** What serves the sandbox, for the banner: "dynoxide 3.2.0, a local DynamoDB emulator" or the user's server. */
    public String serverDescription() {
        return server.description();
    }

    /** A sentence about how this start went when something differs from last time (a moved port), else empty. */
    public String notice() {
        return server.notice();
    }

    public DynamoDbClient client() {
        return client;
    }

    public Path componentFolder() {
        return folder.componentFolder();
    }

    public Path componentFile() {
        return componentFolder().resolve(COMPONENT_FILE);
    }

    /** The state encryption of the sandbox's component: its key lives in the sandbox's local secret store. */
    public StateCipher cipher() {
        return cipher;
    }

    /** True when this start created the table and wrote the sample state. */
    public boolean freshlySeeded() {
        return seeded;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }

    private static Map<String, String> sandboxMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ttlAttributeName", TTL_ATTRIBUTE);
        metadata.put("actorStateStore", "true");
        return metadata;
    }

    /** Creates the table through the engine, as a Dapr user would; true when it was not there yet. */
    private static boolean ensureTable(DynamoDbClient client) {
        try (var store = DynamoDbStateStores.create(storeConfig(), client, Runnable::run)) {
            return store.createTable() instanceof TableCreation.Created;
        }
    }

    /** Rewritten at every start: the port moves when the kept one was taken. */
    private void writeComponentFolder() {
        String yaml = LocalComponentYaml.render("""
                StateDesk sandbox: a Dapr state store on %s at %s.
                Point a local daprd at it with: daprd --resources-path %s ...""".formatted(serverDescription(),
                        endpoint(), componentFolder()),
                COMPONENT_NAME, TABLE, endpoint(), sandboxMetadata()) + SandboxSecrets.encryptionYaml();
        try {
            Files.createDirectories(componentFolder());
            Files.writeString(componentFile(), yaml, StandardCharsets.UTF_8);
            Files.writeString(componentFolder().resolve(SECRET_STORE_FILE),
                    SandboxSecrets.secretStoreYaml(folder.folder().resolve(SandboxSecrets.FILE)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox component to " + componentFile(), e);
        }
    }
}
