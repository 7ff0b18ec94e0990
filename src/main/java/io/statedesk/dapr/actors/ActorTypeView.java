package io.statedesk.dapr.actors;

import java.util.List;

/**
 * The actors of one type in one app.
 *
 * @param appId     the app whose actors they are (the keys' first part)
 * @param actorType the actor type
 * @param internal  a Dapr-internal type ({@code dapr.internal.…}, workflows): the Workflows view explains those
 * @param actors    the actors, sorted by id
 */
public record ActorTypeView(String appId, String actorType, boolean internal, List<ActorView> actors) {

    public ActorTypeView {
        actors = List.copyOf(actors);
    }

    public long keyCount() {
        return actors.stream().mapToLong(a -> a.state().size()).sum();
    }
}
