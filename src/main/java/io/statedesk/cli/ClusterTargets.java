package io.statedesk.cli;

import io.statedesk.component.PreparedStore;
import io.statedesk.component.aws.AwsSetupException;
import io.statedesk.component.kubernetes.ClusterException;
import io.statedesk.component.kubernetes.DaprCluster;
import io.statedesk.component.kubernetes.KubeConfigFiles;
import io.statedesk.component.kubernetes.KubeContext;
import io.statedesk.component.model.ComponentManifest;
import io.statedesk.component.model.ComponentSet;
import io.statedesk.component.model.Secret;
import io.statedesk.session.Preparation;
import io.statedesk.session.SessionContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --kube-context}, {@code --namespace}, {@code --component NAME}: a component of a cluster, read and resolved
 * as the Dapr operator hands it to daprd there (Kubernetes Secrets), then the same overrides and read-only rule as a
 * file's. An envRef item takes its value only from a variable the user names with {@code --value-from-env}.
 */
final class ClusterTargets {

    /**
     * @param context      the kubeconfig context, or null for the current one
     * @param namespace    the namespace, or null for the context's
     * @param component    the component name, or null when the namespace has one state.aws.dynamodb component
     * @param valueFromEnv item name to a variable of this process holding its value
     */
    record ClusterChoice(String context, String namespace, String component, Map<String, String> valueFromEnv) {
    }

    private final Map<String, String> environment;
    private final Path home;
    private final Preparation preparation;
    private final TargetResolver targets;

    /**
     * @param home    where the kubeconfig is looked for (~/.kube/config unless KUBECONFIG says otherwise)
     * @param targets the file path's resolver, whose overrides and read-only rule apply here too
     */
    ClusterTargets(SessionContext session, Path home, TargetResolver targets) {
        this.environment = session.environment();
        this.home = home;
        this.preparation = new Preparation(session);
        this.targets = targets;
    }

    StoreTarget resolve(TargetResolver.Choice choice, ClusterChoice cluster) {
        try {
            KubeConfigFiles kubeconfig = KubeConfigFiles.load(environment, home);
            KubeContext context = cluster.context() != null
                    ? kubeconfig.context(cluster.context()).orElseThrow(() -> CliException.failure("no context '"
                    + cluster.context() + "' in your kubeconfig " + kubeconfig.files() + " (found: "
                    + kubeconfig.contexts().stream().map(KubeContext::name).collect(Collectors.joining(", ")) + ")"))
                    : kubeconfig.currentContext().orElseThrow(() -> CliException.usage("your kubeconfig "
                    + kubeconfig.files() + " has no current context; pass --kube-context"));
            String namespace = cluster.namespace() != null ? cluster.namespace() : context.namespace();
            try (DaprCluster dapr = DaprCluster.connect(kubeconfig, context.name())) {
                ComponentSet set = dapr.componentSet(namespace);
                ComponentManifest manifest = pick(set.dynamoDbComponents(), cluster.component(), namespace,
                        context.name());
                PreparedStore prepared = preparation.prepare(set, manifest, choice.profile(),
                        dapr.secretStores(namespace), supplied(cluster.valueFromEnv()));
                return targets.target(prepared, manifest, choice);
            }
        } catch (ClusterException e) {
            throw CliException.failure(e.getMessage() + " " + e.fix(), e);
        } catch (AwsSetupException e) {
            throw CliException.failure(e.getMessage() + " " + e.fix(), e);
        }
    }

    private Map<String, Secret> supplied(Map<String, String> valueFromEnv) {
        Map<String, Secret> out = new LinkedHashMap<>();
        valueFromEnv.forEach((item, variable) -> {
            String value = environment.get(variable);
            if (value == null || value.isEmpty()) {
                throw CliException.usage("--value-from-env " + item + "=" + variable + ": " + variable
                        + " is not set in this shell");
            }
            out.put(item, Secret.of(value));
        });
        return out;
    }

    private static ComponentManifest pick(List<ComponentManifest> found, String name, String namespace,
                                          String context) {
        String where = "namespace '" + namespace + "' of context '" + context + "'";
        String names = found.stream().map(ComponentManifest::name).collect(Collectors.joining(", "));
        if (name != null) {
            return found.stream().filter(c -> name.equals(c.name())).findFirst()
                    .orElseThrow(() -> CliException.failure("no state.aws.dynamodb component named '" + name + "' in "
                            + where + (names.isEmpty() ? "" : " (found: " + names + ")")));
        }
        if (found.isEmpty()) {
            throw CliException.failure("no state.aws.dynamodb component in " + where);
        }
        if (found.size() > 1) {
            throw CliException.usage("several state.aws.dynamodb components in " + where + ": " + names
                    + "; pick one with --component NAME");
        }
        return found.get(0);
    }
}
