package io.statedesk.session;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.aws.SharedAwsConfig;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Secret;
import io.statedesk.component.secrets.AwsSecretStores;
import io.statedesk.component.secrets.ResolvedMetadata;
import io.statedesk.component.secrets.SecretStoreOpener;
import java.util.Map;

/**
 * Prepare once: one component of a loaded set validated, its secrets resolved (through the context, so that a test
 * can count them), its credentials planned and its endpoint resolved. The window, the form's connection test and the
 * command line all prepare here.
 */
public final class Preparation {

    private final SessionContext context;

    public Preparation(SessionContext context) {
        this.context = context;
    }

    /** A component of files, with the secret stores daprd reads there (local, environment, AWS). */
    public PreparedStore prepare(ComponentSet set, ComponentManifest component, String profile)
            throws AwsSetupException {
        return prepare(set, component, profile, new AwsSecretStores(), Map.of());
    }

    /**
     * @param stores   the stores beyond the set's local ones: AWS, or a cluster's Kubernetes Secrets
     * @param supplied values the user typed for items no store can give (a cluster's envRefs), by item name
     */
    public PreparedStore prepare(ComponentSet set, ComponentManifest component, String profile,
                                 SecretStoreOpener stores, Map<String, Secret> supplied) throws AwsSetupException {
        if (!component.isDynamoDb()) {
            throw new IllegalArgumentException("Component " + component.label() + " is not a state.aws.dynamodb store");
        }
        String chosen = profile == null || profile.isEmpty() ? null : profile;
        SharedAwsConfig shared = chosen == null ? null : context.sharedConfig().load();
        ResolvedMetadata metadata = context.secrets().resolve(set, component, context.environment(), stores);
        return PreparedStore.of(component, set.hosting(), PreparedStore.withSupplied(metadata, supplied),
                context.environment(), shared, chosen);
    }
}
