package io.statedesk.session;

import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import java.util.Map;

/**
 * Talks to DynamoDB for the form; implemented by the app over the component layer and the engine. Both calls do
 * network I/O: run them through the TaskRunner.
 */
public interface ComponentConnections {

    /**
     * Resolves the component's secrets, connects as daprd would, runs daprd's start-up probe (GetItem of a random
     * key) and then the table check (key schema, TTL status), timing each step. Never throws for what it finds.
     */
    ConnectionReport test(Target target);

    /**
     * Creates the component's table on a local endpoint (DynamoDB Local, LocalStack): hash key {@code partitionKey}
     * of type S, TTL enabled on {@code ttlAttributeName} when set.
     *
     * @return what was created, as a sentence
     * @throws IllegalStateException for any endpoint that is not local: StateDesk never creates tables on AWS
     */
    String createTable(Target target);

    /** The rule that says which endpoints are local (the user's settings), for the form's notes and Create table. */
    default WritePolicy writePolicy() {
        return WritePolicy.loopbackOnly();
    }

    /**
     * What to connect with: the component as the form would write it, in its folder (for the secret store).
     *
     * @param environment daprd's environment as StateDesk sees it, for envRef and the env secret store
     * @param profile     the AWS profile the window opens components with, or null for daprd's credential order
     */
    record Target(ComponentSet set, ComponentManifest component, Map<String, String> environment, String profile) {
        public Target {
            environment = Map.copyOf(environment);
        }

        public Target(ComponentSet set, ComponentManifest component, Map<String, String> environment) {
            this(set, component, environment, null);
        }

        public Target withProfile(String chosen) {
            return new Target(set, component, environment, chosen);
        }
    }
}
