package io.statedesk.app;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.dynamodb.DynamoDbStateStores;
import io.statedesk.sandbox.DynoxideBinary;
import io.statedesk.sandbox.Sandbox;
import io.statedesk.session.SandboxControl;
import io.statedesk.session.ScanSegments;
import io.statedesk.session.StoreSession;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** Runs the sandbox for the window: one at a time, stopped when the app stops. */
final class AppSandbox implements SandboxControl, AutoCloseable {

    private final Path folder;
    private final ExecutorService executor;
    private Sandbox running;

    AppSandbox(Path folder, ExecutorService executor) {
        this.folder = folder;
        this.executor = executor;
    }

    @Override
    public synchronized StoreSession start(boolean replaceLegacy) {
        if (running == null) {
            running = Sandbox.start(folder, Clock.systemUTC(), DynoxideBinary.locate(), replaceLegacy);
        }
        Sandbox sandbox = running;
        StoreConfig config = Sandbox.storeConfig();
        return new StoreSession("Sandbox · " + Sandbox.COMPONENT_NAME, sandbox.endpoint().toString(), false, true,
                config, c -> DynamoDbStateStores.create(c, sandbox.client(), executor,
                        DynamoDbStateStores.DEFAULT_BULK_PARALLELISM, ScanSegments.LOCAL))
                .describedAs(sandbox.serverDescription(), sandbox.notice())
                .withEncryption(new EncryptionSetup.Ready(sandbox.cipher()));
    }

    @Override
    public synchronized StoreSession reset() {
        close();
        Sandbox.deleteData(folder);
        return start(true);
    }

    @Override
    public synchronized StoreSession useEndpoint(URI endpoint) {
        close();
        Sandbox.useEndpoint(folder, endpoint);
        return start(false);
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
