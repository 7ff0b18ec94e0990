package io.statedesk.ui.editor;

import io.statedesk.engine.model.StateItem;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The editor's TTL field: what it shows for an item (time left), what a save sends (Dapr's ttlInSeconds), and the
 * line beside it (the local expiry time, or why the typed text is not a TTL). An untouched field keeps the item's
 * expiry time exactly, measured again at save time.
 */
final class TtlField {

    private TtlField() {
    }

    static String shown(StateItem item, Clock clock) {
        Long epoch = item.ttlEpochSeconds();
        return epoch == null ? "" : TtlText.left(epoch - clock.instant().getEpochSecond());
    }

    /** Seconds for ttlInSeconds, or null for no TTL. */
    static String secondsToSave(String typed, String original, StateItem item, Clock clock) {
        String text = typed == null ? "" : typed.strip();
        if (text.equals(original)) {
            Long epoch = item.ttlEpochSeconds();
            long left = epoch == null ? 0 : epoch - clock.instant().getEpochSecond();
            return left > 0 ? Long.toString(left) : null;
        }
        OptionalLong seconds = TtlText.secondsFromNow(text, clock.instant(), clock.getZone());
        return seconds.isPresent() ? Long.toString(seconds.getAsLong()) : null;
    }

    static String hint(StateItem item, String typed, String original, Clock clock) {
        Instant now = clock.instant();
        String text = typed == null ? "" : typed.strip();
        if (text.equals(original)) {
            Long epoch = item.ttlEpochSeconds();
            return epoch == null ? "No TTL: the key never expires."
                    : "Expires " + TtlText.localTime(Instant.ofEpochSecond(epoch), clock.getZone()) + " ("
                            + TtlText.relative(Instant.ofEpochSecond(epoch), now) + ").";
        }
        try {
            OptionalLong seconds = TtlText.secondsFromNow(text, now, clock.getZone());
            return seconds.isEmpty() ? "On Save: no TTL, the key never expires."
                    : "On Save: expires " + TtlText.localTime(now.plusSeconds(seconds.getAsLong()), clock.getZone())
                            + " (in " + TtlText.left(seconds.getAsLong()) + ").";
        } catch (IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
    }
}
