package io.statedesk.dapr.actors;

import io.statedesk.engine.model.StateItem;

/**
 * One state key of an actor.
 *
 * @param key  the actor's own key (the fourth part)
 * @param item the stored item: size, storage, ETag, TTL
 */
public record ActorStateEntry(String key, StateItem item) {

    public int sizeBytes() {
        return item.sizeBytes();
    }
}
