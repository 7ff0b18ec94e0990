package io.statedesk.ui.workspace;

import io.statedesk.engine.model.StateItem;
import io.statedesk.transfer.ItemLines;

/**
 * An item as the command line prints it ({@code get --output json}; with {@code ttl}, one line of {@code export},
 * which {@code import} reads back): key, storage, valueBase64 (the exact bytes), value (the bytes as JSON with
 * numbers as written, else as text, else null), etag, ttlExpireTime, expired. One line, no indentation.
 */
final class ItemJsonText {

    private ItemJsonText() {
    }

    static String of(StateItem item, boolean withTtlEpoch) {
        return ItemLines.write(ItemLines.node(item, withTtlEpoch));
    }
}
