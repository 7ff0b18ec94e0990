package io.statedesk.ui.keys;

import io.statedesk.engine.model.KeyPrefix;
import io.statedesk.engine.model.StateItem;
import io.statedesk.engine.model.StateKey;
import io.statedesk.engine.model.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the key table, kept small because a table may hold a million (issue 19): the stored key, the ETag
 * and the TTL, as a keys-only scan reads them, and nothing of the value. The key's parts (app, actor, the app's key)
 * are split again when asked: keeping them would cost more than the key itself. Storage and size are known only
 * for a row made from an item whose value was read (an opened or saved key); the table reads the rest lazily for
 * the rows on screen ({@link KeyTableViewModel#valueOf}).
 */
public final class KeyRow {

    private static final long NO_TTL = Long.MIN_VALUE;
    private static final KeyPrefix AS_APP_ID = KeyPrefix.appId();
    private static final KeyPrefix AS_NAMESPACE = new KeyPrefix(KeyPrefix.Strategy.NAMESPACE, null);
    private static final KeyPrefix AS_OTHER = new KeyPrefix(KeyPrefix.Strategy.NONE, null);

    private final String stored;
    /** Which of three shared strategies splits {@code stored} into the same parts as the component's strategy. */
    private final KeyPrefix splitAs;
    private final String etag;
    private final long ttl;
    private final boolean expired;
    /** Null when the value was not read. */
    private final Storage storage;
    /** -1 when the value was not read or there is none. */
    private final int size;
    private final String problem;

    public KeyRow(StateItem item) {
        Objects.requireNonNull(item, "item");
        StateKey key = item.key();
        this.stored = key.stored();
        this.splitAs = key.namespace() != null ? AS_NAMESPACE
                : key.kind() != StateKey.Kind.PLAIN || key.appId() != null ? AS_APP_ID : AS_OTHER;
        this.etag = item.etag();
        this.ttl = item.ttlEpochSeconds() == null ? NO_TTL : item.ttlEpochSeconds();
        this.expired = item.expired();
        this.storage = item.hasValue() ? item.storage() : null;
        this.size = item.hasValue() ? item.valueLength() : -1;
        this.problem = item.problem();
    }

    public String storedKey() {
        return stored;
    }

    /** The key's parts, split again on each call. */
    public StateKey key() {
        return StateKey.parse(stored, splitAs);
    }

    /** Where reminder records of daprd 1.14 and earlier group: they belong to no app, and are not plain state. */
    static final String REMINDERS = "(actor reminders)";

    /** The app id, or for other prefix strategies the prefix (namespace-prefixed keys show {@code ns / app}). */
    public String app() {
        StateKey key = key();
        if (key.kind() == StateKey.Kind.REMINDER) {
            return REMINDERS;
        }
        if (key.namespace() != null) {
            return key.namespace() + " / " + key.appId();
        }
        if (key.appId() != null) {
            return key.appId();
        }
        return key.prefix() == null ? "" : key.prefix();
    }

    public String actorType() {
        return nullToEmpty(key().actorType());
    }

    public String actorId() {
        return nullToEmpty(key().actorId());
    }

    public String stateKey() {
        return key().stateKey();
    }

    /** The storage when this row's value was read, else empty (the table reads it when the row is shown). */
    public String storage() {
        return storage == null ? "" : storage.name();
    }

    /** The value's bytes when this row's value was read, else -1. */
    public int valueSize() {
        return size;
    }

    /** True when the row was made from an item whose value was read: storage and size are known. */
    public boolean valueRead() {
        return storage != null || size >= 0;
    }

    /** The ETag as shown: {@code (none)} for a legacy item without one. */
    public String etag() {
        return etag == null ? "(none)" : etag;
    }

    /** The ETag as read (null without one, {@code ""} for a NULL etag attribute): what a delete checks against. */
    public String etagValue() {
        return etag;
    }

    public Long ttlEpochSeconds() {
        return ttl == NO_TTL ? null : ttl;
    }

    /** Why Dapr's Get fails on this item, as far as the listing could tell (TTL and ETag types); null if fine. */
    public String problem() {
        return problem;
    }

    /** Time left as Dapr sees it: blank without TTL, "expired" once Dapr reads the item as missing. */
    public String ttl(Instant now) {
        if (ttl == NO_TTL) {
            return "";
        }
        if (expired || ttl <= now.getEpochSecond()) {
            return "expired";
        }
        return humanDuration(Duration.ofSeconds(ttl - now.getEpochSecond()));
    }

    static String humanDuration(Duration left) {
        long seconds = left.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return (seconds / 60) + " min";
        }
        if (seconds < 86_400) {
            return (seconds / 3_600) + " h " + (seconds % 3_600 / 60) + " min";
        }
        return (seconds / 86_400) + " d " + (seconds % 86_400 / 3_600) + " h";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Rows are equal when they show the same version of a key (key, ETag, TTL, and what is known of the value): a
     * row rebuilt for the same item keeps its place in the selection.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRow row && row.stored.equals(stored) && Objects.equals(row.etag, etag)
                && row.ttl == ttl && row.expired == expired && row.storage == storage && row.size == size
                && Objects.equals(row.problem, problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stored, etag, ttl);
    }

    @Override
    public String toString() {
        return "KeyRow[" + stored + "]";
    }
}
