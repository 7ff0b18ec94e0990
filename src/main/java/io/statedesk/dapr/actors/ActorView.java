package io.statedesk.dapr.actors;

import java.util.List;

/** One actor: its id and state keys, sorted by key. */
public record ActorView(String actorId, List<ActorStateEntry> state) {

    public ActorView {
        state = List.copyOf(state);
    }

    public long totalBytes() {
        return state.stream().mapToLong(ActorStateEntry::sizeBytes).sum();
    }

    /** How many of its keys carry a TTL. */
    public long withTtl() {
        return state.stream().filter(e -> e.item().ttlEpochSeconds() != null).count();
    }
}
