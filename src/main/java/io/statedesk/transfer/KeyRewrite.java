package io.statedesk.transfer;

import io.statedesk.engine.model.KeyPrefix;

/**
 * Turns a source key into the target's key: a leading {@code from} is replaced by {@code to} (an app id's
 * {@code orders||} becoming {@code orders-v2||} when the apps differ); a key without it is kept as it is.
 */
public record KeyRewrite(String from, String to) {

    public static final KeyRewrite NONE = new KeyRewrite("", "");

    public KeyRewrite {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }

    /** From one app id's keys to another's: plain keys and actor keys both begin with {@code <app id>||}. */
    public static KeyRewrite appId(String fromApp, String toApp) {
        if (fromApp == null || fromApp.isEmpty() || toApp == null || toApp.isEmpty() || fromApp.equals(toApp)) {
            return NONE;
        }
        return new KeyRewrite(fromApp + KeyPrefix.SEPARATOR, toApp + KeyPrefix.SEPARATOR);
    }

    public boolean none() {
        return from.equals(to);
    }

    public String apply(String key) {
        return none() || !key.startsWith(from) ? key : to + key.substring(from.length());
    }
}
