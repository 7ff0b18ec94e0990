package io.statedesk.session;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.StateStore;
import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.table.TableCheck;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One open component: its store, where it points and whether writes are allowed. Real AWS opens read-only; allowing
 * writes is one deliberate action that reopens the store without the engine's read-only guard.
 */
public final class StoreSession implements AutoCloseable {

    private final String title;
    private final String location;
    private final boolean realAws;
    private final boolean sandbox;
    private final Function<StoreConfig, StateStore> opener;
    private final Runnable onClose;
    private volatile String serverDescription = "";
    private volatile String notice = "";
    private volatile StateStore store;
    private volatile EncryptionSetup encryption = new EncryptionSetup.NotEncrypted();
    private volatile TableCheck tableCheck;

    public StoreSession(String title, String location, boolean realAws, boolean sandbox, StoreConfig config,
            Function<StoreConfig, StateStore> opener) {
        this(title, location, realAws, sandbox, config, opener, () -> { });
    }

    /** @param onClose releases what the session owns beyond its store, such as its DynamoDB client */
    public StoreSession(String title, String location, boolean realAws, boolean sandbox, StoreConfig config,
            Function<StoreConfig, StateStore> opener, Runnable onClose) {
        this.title = Objects.requireNonNull(title, "title");
        this.location = Objects.requireNonNull(location, "location");
        this.realAws = realAws;
        this.sandbox = sandbox;
        this.opener = Objects.requireNonNull(opener, "opener");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.store = opener.apply(realAws ? config.withReadOnly(true) : config);
    }

    public String title() {
        return title;
    }

    /** The endpoint, or the AWS account and region, and the table: what the tab header shows. */
    public String location() {
        return location;
    }

    public boolean realAws() {
        return realAws;
    }

    public boolean sandbox() {
        return sandbox;
    }

    /** What serves the table when StateDesk knows (the sandbox's emulator), for the banner; else empty. */
    public String serverDescription() {
        return serverDescription;
    }

    /** Something about this connection the user should read once (a sandbox port that moved); else empty. */
    public String notice() {
        return notice;
    }

    /** Sets {@link #serverDescription()} and {@link #notice()}; returns this session. */
    public StoreSession describedAs(String server, String firstNotice) {
        this.serverDescription = Objects.requireNonNull(server, "server");
        this.notice = Objects.requireNonNull(firstNotice, "firstNotice");
        return this;
    }

    /** The component's state encryption keys, as daprd reads them; {@code NotEncrypted} unless set. */
    public EncryptionSetup encryption() {
        return encryption;
    }

    /** Sets {@link #encryption()}; returns this session. */
    public StoreSession withEncryption(EncryptionSetup setup) {
        this.encryption = Objects.requireNonNull(setup, "setup");
        return this;
    }

    /**
     * The table check made when the session opened, if one was: its size figures answer the first scan's cost
     * question on AWS without asking DynamoDB again.
     */
    public Optional<TableCheck> tableCheck() {
        return Optional.ofNullable(tableCheck);
    }

    /** Sets {@link #tableCheck()}; returns this session. */
    public StoreSession withTableCheck(TableCheck check) {
        this.tableCheck = Objects.requireNonNull(check, "check");
        return this;
    }

    public StateStore store() {
        return store;
    }

    public StoreConfig config() {
        return store.config();
    }

    public boolean readOnly() {
        return store.config().readOnly();
    }

    /** Reopens the store with writes allowed or refused. */
    public void setWritesAllowed(boolean allowed) {
        StateStore previous = store;
        store = opener.apply(previous.config().withReadOnly(!allowed));
        previous.close();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            onClose.run();
        }
    }
}
