package io.statedesk.session;

import java.util.List;
import java.util.Optional;

/**
 * The colour that marks one connection that is not on this computer (AWS, or any endpoint not clearly local), as
 * operations tools mark production: the same account, region or endpoint always gets the same colour, so two tabs
 * on two accounts look different at a glance. Local connections get none.
 */
public final class ConnectionColour {

    /** Strong, distinct hues that read on light and dark themes. */
    private static final List<String> PALETTE = List.of("#d1242f", "#bc4c00", "#8250df", "#0969da", "#1a7f37",
            "#bf3989", "#9a6700", "#0e7490");

    private ConnectionColour() {
    }

    public static Optional<String> of(StoreSession session) {
        if (!session.realAws()) {
            return Optional.empty();
        }
        return Optional.of(forLocation(where(session.location())));
    }

    /** The connection without the table: tabs on two tables of one account share a colour. */
    static String where(String location) {
        int table = location.indexOf(" · table ");
        return table < 0 ? location : location.substring(0, table);
    }

    static String forLocation(String where) {
        return PALETTE.get(Math.floorMod(where.hashCode(), PALETTE.size()));
    }
}
