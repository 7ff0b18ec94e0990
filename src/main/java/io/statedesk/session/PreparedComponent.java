package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import java.util.Objects;

/**
 * A component made ready to open, once: its file read, validated, its secrets resolved, its credentials planned and
 * its endpoint resolved. The sign-in check, the open and the table creation all reuse it instead of reading again.
 *
 * @param choice  the component as it was listed: its file, or its cluster
 * @param profile the AWS profile chosen for this session, or null for daprd's credential order
 * @param store   the component layer's preparation (resolved secrets stay in memory, inside it)
 */
public record PreparedComponent(ComponentChoice choice, String profile, PreparedStore store) {

    public PreparedComponent {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(store, "store");
    }

    public String name() {
        return choice.name();
    }
}
