package io.statedesk.cli;

import io.statedesk.engine.StoreConfig;
import io.statedesk.engine.model.StateKey;
import picocli.CommandLine.Option;

/** {@code --app-id}: turns the key the application used into the stored key, with the component's keyPrefix rule. */
final class KeyOptions {

    @Option(names = "--app-id", paramLabel = "A",
            description = "Build the stored key from this app id and KEY with the component's keyPrefix rule; "
                    + "without it, KEY is the stored key.")
    String appId;

    @Option(names = "--namespace", paramLabel = "NS",
            description = "daprd's NAMESPACE, for components with keyPrefix: namespace.")
    String namespace;

    boolean given() {
        return appId != null;
    }

    /** The stored key for {@code key}: built with the keyPrefix rule when {@code --app-id} is given. */
    String storedKey(StoreConfig config, String key) {
        if (appId == null) {
            return key;
        }
        try {
            return StateKey.storedKey(config.keyPrefix(), appId, config.componentName(), namespace, key);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
