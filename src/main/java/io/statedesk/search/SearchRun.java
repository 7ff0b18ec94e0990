package io.statedesk.search;

import io.statedesk.dapr.encryption.EncryptionSetup;
import io.statedesk.engine.model.StateItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One search in progress: filters scan pages as they arrive, on the scan's segment threads, and counts what it saw.
 * Thread-safe.
 */
public final class SearchRun {

    private final ValueQuery query;
    private final EncryptionSetup encryption;
    private final AtomicLong examined = new AtomicLong();
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong binary = new AtomicLong();
    private final AtomicLong encrypted = new AtomicLong();
    private final AtomicLong notJson = new AtomicLong();
    private final AtomicLong noValue = new AtomicLong();
    private final AtomicLong decrypted = new AtomicLong();

    /** @param encryption the component's keys: encrypted values are searched in their plaintext when they open */
    public SearchRun(ValueQuery query, EncryptionSetup encryption) {
        this.query = query;
        this.encryption = encryption == null ? EncryptionSetup.none() : encryption;
    }

    public ValueQuery query() {
        return query;
    }

    /** The items of a page that match, in page order. */
    public List<StateItem> matches(List<StateItem> page) {
        List<StateItem> found = new ArrayList<>();
        for (StateItem item : page) {
            if (test(item)) {
                found.add(item);
            }
        }
        return found;
    }

    /** Judges one item and counts it. */
    public boolean test(StateItem item) {
        examined.incrementAndGet();
        ValueText value = ValueText.of(item, encryption);
        if (value.decrypted()) {
            decrypted.incrementAndGet();
        }
        switch (query.test(value)) {
            case MATCH -> {
                matched.incrementAndGet();
                return true;
            }
            case BINARY -> binary.incrementAndGet();
            case ENCRYPTED -> encrypted.incrementAndGet();
            case NOT_JSON -> notJson.incrementAndGet();
            case NO_VALUE -> noValue.incrementAndGet();
            case NO_MATCH -> { }
        }
        return false;
    }

    public SearchCounts counts() {
        return new SearchCounts(examined.get(), matched.get(), binary.get(), encrypted.get(), notJson.get(),
                noValue.get(), decrypted.get());
    }
}
