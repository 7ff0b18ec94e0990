package io.statedesk.session;

import io.statedesk.component.ComponentLoader;
import io.statedesk.component.PreparedStore;
import io.statedesk.component.model.ComponentSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prepared components for fakes of {@link Sessions}: the choice the view model picked, over a minimal local component
 * that is never opened. The fakes decide what opening it does.
 */
public final class PreparedComponents {

    private static PreparedStore store;

    private PreparedComponents() {
    }

    public static PreparedComponent of(ComponentChoice choice, String profile) {
        return new PreparedComponent(choice, profile, store());
    }

    private static synchronized PreparedStore store() {
        if (store == null) {
            try {
                Path file = Files.createTempFile("prepared", ".yaml");
                file.toFile().deleteOnExit();
                Files.writeString(file, """
                        apiVersion: dapr.io/v1alpha1
                        kind: Component
                        metadata:
                          name: statestore
                        spec:
                          type: state.aws.dynamodb
                          version: v1
                          metadata:
                          - name: table
                            value: dapr-state
                          - name: endpoint
                            value: http://127.0.0.1:8000
                        """);
                ComponentSet set = ComponentLoader.load(file);
                store = PreparedStore.prepare(set, set.dynamoDbComponents().get(0), Map.of(), null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (io.statedesk.component.aws.AwsSetupException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }
}
