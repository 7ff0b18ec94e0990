package io.statedesk.ui.transfer;

import io.statedesk.transfer.Expected;
import io.statedesk.session.StoreSession;
import java.nio.file.Path;
import java.util.List;

/** What a copy or an import takes its items from. */
public sealed interface TransferSource {

    /** A key of the source, with what the target held for it when compared (or unknown: the dry run looks). */
    record Request(String key, Expected expected) {
    }

    /** Keys of an open component: a selection, or what a comparison found. */
    record Keys(StoreSession session, String title, List<Request> requests) implements TransferSource {
        public Keys {
            requests = List.copyOf(requests);
        }
    }

    /** Every key of an open component beginning with a prefix (a scan of the source). */
    record Prefix(StoreSession session, String title, String prefix) implements TransferSource {
    }

    /** A file: JSON Lines as exported, or CSV of key and value. */
    record File(Path file) implements TransferSource {
    }

    /** One line for the window's header. */
    default String describe() {
        if (this instanceof Keys keys) {
            return keys.requests().size() + (keys.requests().size() == 1 ? " key" : " keys") + " of " + keys.title();
        }
        if (this instanceof Prefix prefix) {
            return "every key of " + prefix.title() + (prefix.prefix().isEmpty() ? ""
                    : " beginning with \"" + prefix.prefix() + "\"");
        }
        return ((File) this).file().toString();
    }
}
