package io.statedesk.component.kubernetes;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.statedesk.component.secrets.SecretStore;
import io.statedesk.component.secrets.SecretStoreException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Secrets of one namespace, read as the Dapr operator reads them for daprd: {@code v1/Secret <name>}, each
 * {@code data} field base64-decoded to its bytes, which daprd uses as the value's text. ({@code stringData} is
 * write-only: the API server stores it in {@code data}.) Only reads; nothing in the cluster is written.
 */
final class KubernetesSecretStore implements SecretStore {

    private final KubernetesClient client;
    private final String context;
    private final String namespace;

    KubernetesSecretStore(KubernetesClient client, String context, String namespace) {
        this.client = client;
        this.context = context;
        this.namespace = namespace;
    }

    @Override
    public Optional<Map<String, io.statedesk.component.model.Secret>> secret(String name)
            throws SecretStoreException {
        Secret secret;
        try {
            secret = client.secrets().inNamespace(namespace).withName(name).get();
        } catch (RuntimeException e) {
            ClusterException c = ClusterFailures.of(e, context, client.getMasterUrl().toString(),
                    "read Secret `" + name + "` in namespace `" + namespace + "`, which the Dapr operator reads for"
                            + " this component", "get on secrets in namespace `" + namespace + "`");
            throw new SecretStoreException(c.getMessage(), c.fix() + " Or enter the value for this session.");
        }
        if (secret == null) {
            return Optional.empty();
        }
        Map<String, io.statedesk.component.model.Secret> fields = new LinkedHashMap<>();
        Map<String, String> data = secret.getData() == null ? Map.of() : secret.getData();
        for (Map.Entry<String, String> e : data.entrySet()) {
            byte[] bytes = e.getValue() == null ? new byte[0] : Base64.getMimeDecoder().decode(e.getValue());
            fields.put(e.getKey(), io.statedesk.component.model.Secret.of(new String(bytes, StandardCharsets.UTF_8)));
        }
        return Optional.of(fields);
    }

    @Override
    public Map<String, List<String>> names() {
        return Map.of();
    }

    @Override
    public String notFound(String name, String storeLabel) {
        return "There is no Secret `" + name + "` in namespace `" + namespace + "` (context `" + context + "`);"
                + " the Dapr operator then refuses to hand this namespace's components to daprd.";
    }

    @Override
    public String toString() {
        return "KubernetesSecretStore[" + context + "/" + namespace + "]";
    }
}
