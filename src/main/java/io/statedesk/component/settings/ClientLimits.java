package io.statedesk.component.settings;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one DynamoDB call may take, sized for a person waiting at a window or a prompt: seconds, not minutes.
 * The defaults fail an unreachable endpoint in about 10 s and an unresponsive one in at most {@link #total()}.
 *
 * @param connect     to open a connection (and to wait for a free one)
 * @param attempt     for one attempt: sending the request and reading the whole answer
 * @param total       for the whole call, retries and back-off included
 * @param maxAttempts attempts in all, the first one included (1 means no retry)
 */
public record ClientLimits(Duration connect, Duration attempt, Duration total, int maxAttempts) {

    public static final ClientLimits DEFAULTS = new ClientLimits(Duration.ofSeconds(3), Duration.ofSeconds(10),
            Duration.ofSeconds(30), 3);

    public ClientLimits {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(total, "total");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The limits in words, for error messages: the reader learns what gave up and where to change it. */
    public String describe() {
        return "connect " + seconds(connect) + ", " + seconds(attempt) + " per attempt, " + seconds(total)
                + " in all, at most " + maxAttempts + " attempt" + (maxAttempts == 1 ? "" : "s");
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
