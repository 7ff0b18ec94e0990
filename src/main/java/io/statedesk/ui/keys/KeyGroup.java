package io.statedesk.ui.keys;

import java.util.List;

/** A node of the key tree: a label, how many loaded keys it holds, and the filter that selecting it applies. */
public record KeyGroup(String label, long count, KeyFilter filter, List<KeyGroup> children) {
    public KeyGroup {
        children = List.copyOf(children);
    }
}
